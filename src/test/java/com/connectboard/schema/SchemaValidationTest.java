package com.connectboard.schema;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The entities agree with the schema Flyway's migrations create. Production no longer asks Hibernate to validate at
 * start (Flyway owns the schema there, and the check cost a tenth of the native start-up: docs/deploy.md), so the
 * build does it: here explicitly, whatever the profile's {@code schema-management.strategy} says, on the test
 * database that Flyway migrated from empty. A column or table an entity maps and no migration creates, or a type that
 * differs, throws {@link jakarta.persistence.SchemaValidationException} and fails this test.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SchemaValidationTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void entitiesMatchTheMigratedSchema() throws Exception {
        entityManagerFactory.getSchemaManager().validate();
    }
}
