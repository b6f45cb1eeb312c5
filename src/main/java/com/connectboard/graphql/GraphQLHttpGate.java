package com.connectboard.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.connectboard.error.ErrorCode;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import graphql.GraphQLError;
import graphql.parser.ParserOptions;

/**
 * What the GraphQL endpoint refuses before SmallRye reads the request, and whether GraphiQL is served.
 * <p>
 * Batching (a JSON array of operations in one request) is not supported: SmallRye would answer an array with a bare
 * "Unparseable request"; here it is a 400 with {@code BATCHING_NOT_SUPPORTED}, and a body that is not a GraphQL request
 * (not a JSON object, {@code query} not a string, {@code variables} not an object: SmallRye answers the last with a 500)
 * a 400 with {@code BAD_REQUEST}, in the GraphQL error shape; a document too large or not GraphQL is refused here too
 * ({@code DOCUMENT_TOO_LARGE}, {@code GRAPHQL_PARSE_FAILED}). These routes run after authentication (a request
 * without a valid token is still a 401).
 * <p>
 * GraphiQL is part of every build ({@code quarkus.smallrye-graphql.ui.always-include}) so that one artifact serves all
 * environments; {@code connectboard.graphql.ui-enabled} (true in dev only) decides at run time whether it answers.
 */
@ApplicationScoped
public class GraphQLHttpGate {

    /** After Quarkus' authentication and authorization (orders -200 and -100), before SmallRye's route. */
    private static final int ORDER = -10;

    private static final int PARSED_KEPT = 512;

    private final GraphQLConfig config;
    private final ParserOptions parserOptions;
    private final Map<String, Boolean> parsed = new ConcurrentHashMap<>();
    private final String graphqlPath;
    private final String uiPath;

    @Inject
    public GraphQLHttpGate(GraphQLConfig config,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String graphqlPath,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String management,
            @ConfigProperty(name = "quarkus.smallrye-graphql.ui.root-path", defaultValue = "graphql-ui") String ui) {
        this.config = config;
        this.parserOptions = QueryLimits.parserOptions(config);
        this.graphqlPath = absolute(graphqlPath);
        this.uiPath = ui.startsWith("/") ? ui : absolute(management) + "/" + ui;
    }

    void routes(@Observes Router router) {
        router.post(graphqlPath).order(ORDER).handler(BodyHandler.create(false)).handler(this::checkRequest);
        if (!config.uiEnabled()) {
            router.route(uiPath).order(ORDER).handler(GraphQLHttpGate::notFound);
            router.route(uiPath + "/*").order(ORDER).handler(GraphQLHttpGate::notFound);
        }
    }

    private void checkRequest(RoutingContext context) {
        String body = context.body().asString();
        String contentType = context.request().getHeader("Content-Type");
        if (contentType != null && contentType.startsWith("application/graphql")) {
            checkDocument(context, body == null ? "" : body); // the body is the document itself
            return;
        }
        String start = body == null ? "" : body.stripLeading();
        if (start.startsWith("[")) {
            refuse(context, 400, ErrorShaping.error(ErrorCode.BATCHING_NOT_SUPPORTED, "Batched requests (a JSON array "
                    + "of operations) are not supported: send one operation per request, as a JSON object "
                    + "{\"query\": ...}"));
            return;
        }
        JsonObject request;
        try {
            request = new JsonObject(body);
        } catch (RuntimeException notAnObject) {
            refuse(context, 400, badRequest("The body must be a JSON object {\"query\": \"...\", \"variables\": {...}} "
                    + "(or a document with Content-Type application/graphql)"));
            return;
        }
        if (!(request.getValue("query") instanceof String query)) {
            refuse(context, 400, badRequest("`query` must be a string: the GraphQL document"));
        } else if (!isNullOr(request.getValue("variables"), JsonObject.class)) {
            refuse(context, 400, badRequest("`variables` must be a JSON object (or absent)"));
        } else if (!isNullOr(request.getValue("operationName"), String.class)) {
            refuse(context, 400, badRequest("`operationName` must be a string (or absent)"));
        } else if (!isNullOr(request.getValue("extensions"), JsonObject.class)) {
            refuse(context, 400, badRequest("`extensions` must be a JSON object (or absent)"));
        } else {
            checkDocument(context, query);
        }
    }

    /**
     * SmallRye parses the document before graphql-java runs and answers a failure with a bare "Unparseable input
     * document"; checking it here gives the position (or the size limit). Documents seen to parse are remembered, so
     * a client's usual queries are parsed here once.
     */
    private void checkDocument(RoutingContext context, String query) {
        if (!parsed.containsKey(query)) {
            GraphQLError refused = QueryLimits.checkDocument(query, config, parserOptions);
            if (refused != null) {
                refuse(context, 200, refused);
                return;
            }
            if (parsed.size() >= PARSED_KEPT) {
                parsed.clear();
            }
            parsed.put(query, Boolean.TRUE);
        }
        context.next();
    }

    private static boolean isNullOr(Object value, Class<?> type) {
        return value == null || type.isInstance(value);
    }

    private static GraphQLError badRequest(String message) {
        return ErrorShaping.error(ErrorCode.BAD_REQUEST, message);
    }

    private static void refuse(RoutingContext context, int status, GraphQLError error) {
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(Json.encode(Map.of("errors", List.of(error.toSpecification()))));
    }

    private static void notFound(RoutingContext context) {
        context.response().setStatusCode(404).end();
    }

    private static String absolute(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }
}
