package com.connectboard.graphql;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import com.connectboard.security.Allowed;
import com.connectboard.security.Role;

/** Global object identification (Relay): any id this API returns, back to its object. */
@GraphQLApi
@Allowed({Role.ADMINISTRATOR, Role.DEVELOPER, Role.ANALYST, Role.SUPPORT_SPECIALIST, Role.VIEW_ONLY})
public class NodeGraphQLApi {

    @Inject
    Nodes nodes;

    @Query
    @Description("Any object of your platform by its id, with the same visibility as the object's own query (viewing "
            + "as an account: only what that account sees); null when there is none, it belongs to another platform, "
            + "or you cannot see it.")
    public Node node(@NonNull @Id @Description("Any id this API returned.") String id) {
        return nodes.find(id);
    }

    @Query
    @Description("Several objects by their ids, in the order given, each as node(id) would answer it: null for an id "
            + "that is unknown, of another platform or not visible to you. At most 100 ids (the max-node-ids limit; "
            + "more is refused with TOO_MANY_IDS before anything runs).")
    public @NonNull List<Node> nodes(
            @NonNull @Description("Ids this API returned, of any kinds; duplicates are answered each time.") List<@NonNull String> ids) {
        Map<String, Node> found = nodes.findAll(ids);
        return ids.stream().map(found::get).toList();
    }
}
