package com.connectboard.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.connectboard.error.ErrorCode;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A 401 on the GraphQL path says, in a GraphQL-shaped JSON body, what is missing: Quarkus' own 401 has an empty body,
 * which GraphiQL and other clients fail to parse ("Unexpected end of JSON input") instead of showing the reason.
 * <ul>
 * <li>No token: answered here, after the CORS filter (so a browser on an allowed origin can read the answer) and before
 * authentication, exactly when Quarkus would refuse the anonymous request (the path's policy is
 * {@code authenticated}). A WebSocket upgrade passes: its token arrives in the connection's init payload.</li>
 * <li>A refused token (bad signature, expired, wrong issuer or audience): Quarkus fails the request with
 * {@link AuthenticationFailedException}; the failure handler answers it.</li>
 * </ul>
 * Both carry {@code WWW-Authenticate: Bearer} and {@code extensions.code = UNAUTHENTICATED}; nothing ran.
 */
@ApplicationScoped
public class Unauthenticated {

    static final String GRAPHQL_PATH = "/graphql";
    /** After CORS (300), before authentication (200): Quarkus' FilterBuildItem priorities. */
    private static final int PRIORITY = 250;

    static final String MISSING = "No bearer token: send the header Authorization: Bearer <access token>.";
    static final String REFUSED = "The bearer token was refused: it is expired, not signed by the configured issuer, "
            + "or not meant for this service (issuer or audience). Get a new access token.";

    void missingToken(@Observes Filters filters) {
        filters.register(context -> {
            if (isGraphQL(context) && context.request().method() != HttpMethod.OPTIONS
                    && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                    && context.request().getHeader(HttpHeaders.UPGRADE) == null) {
                answer(context, MISSING);
            } else {
                context.next();
            }
        }, PRIORITY);
    }

    void refusedToken(@Observes Router router) {
        router.route(GRAPHQL_PATH + "*").order(Integer.MIN_VALUE).failureHandler(context -> {
            if (rootCause(context.failure()) instanceof AuthenticationFailedException && !context.response().ended()) {
                answer(context, REFUSED);
            } else {
                context.next();
            }
        });
    }

    private static boolean isGraphQL(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals(GRAPHQL_PATH) || path.startsWith(GRAPHQL_PATH + "/");
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof AuthenticationFailedException) {
                return cause;
            }
            cause = cause.getCause();
        }
        return cause;
    }

    /** The body: {@code {"errors":[{"message":...,"extensions":{"code":"UNAUTHENTICATED"}}]}}. */
    static String body(String message) {
        return new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", ErrorCode.UNAUTHENTICATED.name())))).encode();
    }

    private static void answer(RoutingContext context, String message) {
        context.response().setStatusCode(401)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body(message));
    }
}
