package com.connectboard.graphql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Implemented by each feature for the id prefixes it owns, so that {@code node(id)}, {@code nodes(ids)} and every link
 * from one object to another ({@link Nodes}) reach each kind of object through the same platform-, view-as- and
 * role-scoped reads the feature's own queries use.
 */
public interface NodeResolver {

    /** Prefixes without the underscore, e.g. "acct". */
    Set<String> prefixes();

    /** The object, or empty when there is none the caller may see. */
    Optional<? extends Node> resolve(String id);

    /** Several ids of this resolver's prefixes at once; ids not visible are left out. Override to batch the reads. */
    default Map<String, Node> resolveAll(Collection<String> ids) {
        Map<String, Node> found = new LinkedHashMap<>();
        for (String id : ids) {
            resolve(id).ifPresent(node -> found.put(id, node));
        }
        return found;
    }
}
