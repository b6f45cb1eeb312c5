package com.connectboard.requirements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

/** Loads and validates the catalog at start-up, so a broken catalog stops the application with its message. */
@ApplicationScoped
public class CatalogProducer {

    @Produces
    @Singleton
    @Startup
    RequirementCatalog catalog() {
        return RequirementCatalog.load();
    }
}
