package com.connectboard.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bounds on every GraphQL request, checked before any resolver runs (docs/api-limits.md says how each is counted and
 * how to raise it). Environment variables: {@code CONNECTBOARD_GRAPHQL_MAX_DEPTH} and so on.
 */
@ConfigMapping(prefix = "connectboard.graphql")
public interface GraphQLConfig {

    /** Fields nested in one another, the operation's own fields being level 1. */
    @WithDefault("12")
    int maxDepth();

    /**
     * Estimated cost: each field selected costs 1 for each object it may be selected on, i.e. the product of the page
     * sizes ({@code first}/{@code last}, 20 when absent) and list weights of the fields above it.
     */
    @WithDefault("10000")
    int maxCost();

    /** Weight of a list of objects that has no page size (e.g. {@code capabilities}): the items it is expected to hold. */
    @WithDefault("10")
    int unpaginatedListWeight();

    /** Aliased fields in the operation (each {@code alias: field} counts once). */
    @WithDefault("30")
    int maxAliases();

    /** Characters of the document ({@code query}), comments and whitespace included. */
    @WithDefault("20000")
    int maxDocumentCharacters();

    /** Tokens of the document (names, punctuation, values; not whitespace or comments). */
    @WithDefault("3000")
    int maxTokens();

    /** Ids in one {@code nodes(ids:)} field; more is refused with TOO_MANY_IDS. */
    @WithDefault("100")
    int maxNodeIds();

    /** Whether the GraphiQL page ({@code /q/graphql-ui}) is served: true in dev, false otherwise. */
    @WithDefault("false")
    boolean uiEnabled();
}
