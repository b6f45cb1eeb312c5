package com.connectboard.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface
@Description("Anything with a global id; node(id) fetches it. Ids are opaque: a prefix that names the kind, then random "
        + "characters.")
public interface Node {

    @Id
    @NonNull
    @Description("The object's global id; its prefix names the kind (acct_, person_, po_...). node(id) returns the "
            + "object.")
    String getId();
}
