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
    String getId();
}
