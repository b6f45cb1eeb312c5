package com.connectboard.graphql;

import java.util.Optional;

/**
 * Implemented by each feature for the id prefixes it owns, so that {@code node(id)} reaches every kind of object
 * through the same platform-scoped reads the feature's own queries use.
 */
public interface NodeResolver {

    /** Prefixes without the underscore, e.g. "acct". */
    java.util.Set<String> prefixes();

    Optional<? extends Node> resolve(String id);
}
