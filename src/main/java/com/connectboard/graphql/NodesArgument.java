package com.connectboard.graphql;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * Gives {@code Query.nodes(ids:)} Relay's type, {@code [ID!]!}. SmallRye GraphQL 2.16 prints {@code @Id} on a list
 * parameter as {@code [ID!]!} but then refuses every value on execution (its argument transformation treats the list
 * as one ID), and {@code @Id} cannot annotate the element type (it is not a type annotation). So the parameter is a
 * plain list of strings, and its GraphQL type is set to {@code [ID!]!} here, before the schema is built: graphql-java
 * coerces ID input (a string or an integer) to a string, which is what the resolver reads, and the served schema,
 * introspection and validation all see {@code [ID!]!}, so Relay's generated {@code $ids: [ID!]!} variables fit.
 */
final class NodesArgument {

    static final String FIELD = "nodes";
    static final String ARGUMENT = "ids";

    private NodesArgument() {
    }

    static GraphQLSchema.Builder asIds(GraphQLSchema.Builder builder) {
        // The builder has no getters; a throw-away build shows the Query type SmallRye made.
        GraphQLObjectType query = builder.build().getQueryType();
        GraphQLFieldDefinition nodes = query == null ? null : query.getFieldDefinition(FIELD);
        if (nodes == null || nodes.getArgument(ARGUMENT) == null) {
            return builder;
        }
        GraphQLArgument ids = nodes.getArgument(ARGUMENT).transform(argument -> argument
                .type(GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLID)))));
        GraphQLFieldDefinition retyped = nodes.transform(field -> field.argument(ids));
        return builder.query(query.transform(type -> type.field(retyped)));
    }
}
