package com.connectboard.graphql;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.connectboard.security.Allowed;
import com.connectboard.security.Role;

@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class NodeGraphQLApi {

    private final Map<String, NodeResolver> byPrefix = new HashMap<>();

    @Inject
    public NodeGraphQLApi(Instance<NodeResolver> resolvers) {
        for (NodeResolver resolver : resolvers) {
            for (String prefix : resolver.prefixes()) {
                if (byPrefix.put(prefix, resolver) != null) {
                    throw new IllegalStateException("Two resolvers claim the id prefix " + prefix);
                }
            }
        }
    }

    @Query
    @Description("Any object of your platform by its id; null when there is none (or it belongs to another platform).")
    public Node node(@NonNull @Id @Description("Any id this API returned.") String id) {
        NodeResolver resolver = byPrefix.get(Ids.prefixOf(id));
        return resolver == null ? null : resolver.resolve(id).orElse(null);
    }
}
