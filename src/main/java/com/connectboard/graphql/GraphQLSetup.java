package com.connectboard.graphql;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLSchema;

/**
 * Installs the request limits ({@link QueryLimits}) and the one error mapping ({@link ErrorShaping}) into the GraphQL
 * engine SmallRye builds, keeping SmallRye's own document cache and instrumentation: the limits wrap its cache, so a
 * cached document is still checked against each request's variables. Registered through
 * {@code META-INF/services/io.smallrye.graphql.spi.EventingService} (no configuration key: always on), so that it needs
 * no CDI events of SmallRye's ({@code quarkus.smallrye-graphql.events.enabled} stays off).
 */
public class GraphQLSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return NodesArgument.asIds(builder);
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(
                GraphQLConfig.class);
        // The builder has no getters; a throw-away build shows what SmallRye configured.
        GraphQL configured = builder.build();
        builder.preparsedDocumentProvider(
                new QueryLimits(config, configured.getGraphQLSchema(), configured.getPreparsedDocumentProvider()));
        return builder.instrumentation(new ChainedInstrumentation(List.of(configured.getInstrumentation(),
                new ErrorShaping())));
    }
}
