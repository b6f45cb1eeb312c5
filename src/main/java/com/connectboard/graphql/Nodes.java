package com.connectboard.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The one way an id becomes an object: {@code node(id)}, {@code nodes(ids)} and the links between objects
 * ({@code Transfer.account}, {@code BalanceTransaction.source}...) all ask the feature that owns the id's prefix, so a
 * link shows exactly what {@code node(id)} would, and {@code null} where {@code node(id)} would.
 */
@ApplicationScoped
public class Nodes {

    @Inject
    Instance<NodeResolver> resolvers;
    private volatile Map<String, NodeResolver> byPrefix;

    /** Built on first use: the resolvers are the API beans, some of which link through this one. */
    private Map<String, NodeResolver> byPrefix() {
        Map<String, NodeResolver> map = byPrefix;
        if (map == null) {
            map = new HashMap<>();
            for (NodeResolver resolver : resolvers) {
                for (String prefix : resolver.prefixes()) {
                    if (map.put(prefix, resolver) != null) {
                        throw new IllegalStateException("Two resolvers claim the id prefix " + prefix);
                    }
                }
            }
            byPrefix = map;
        }
        return map;
    }

    /** Every prefix some feature resolves. */
    public Set<String> prefixes() {
        return Set.copyOf(byPrefix().keySet());
    }

    public Node find(String id) {
        NodeResolver resolver = byPrefix().get(Ids.prefixOf(id));
        return resolver == null ? null : resolver.resolve(id).orElse(null);
    }

    /** The visible objects of the ids, keyed by id, one batch per kind; unknown, foreign or hidden ids are absent. */
    public Map<String, Node> findAll(Collection<String> ids) {
        Map<String, Node> found = new LinkedHashMap<>();
        Map<NodeResolver, List<String>> byResolver = new LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(ids)) {
            if (id == null) {
                continue;
            }
            NodeResolver resolver = byPrefix().get(Ids.prefixOf(id));
            if (resolver != null) {
                byResolver.computeIfAbsent(resolver, ignored -> new java.util.ArrayList<>()).add(id);
            }
        }
        byResolver.forEach((resolver, some) -> found.putAll(resolver.resolveAll(some)));
        return found;
    }

    /**
     * For a batch of links: the object each id names, in the same order, null where there is none to see (no id, or
     * one {@code node(id)} would answer null for).
     */
    public <T extends Node> List<T> link(List<String> ids, Class<T> type) {
        Map<String, Node> found = findAll(ids.stream().filter(Objects::nonNull).collect(Collectors.toList()));
        return ids.stream().map(id -> id == null ? null : found.get(id)).map(node -> type.isInstance(node)
                ? type.cast(node)
                : null).toList();
    }
}
