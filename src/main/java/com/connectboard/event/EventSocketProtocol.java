package com.connectboard.event;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonString;

import com.connectboard.security.ViewAs;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.ext.web.RoutingContext;

/**
 * The {@code graphql-transport-ws} protocol of one socket, with the socket's credentials: Quarkus validates the
 * bearer token of the upgrade's {@code Authorization} header, or of the {@code Authorization} key of the
 * {@code connection_init} payload (as browsers must send it), like any request's, and closes the socket with 4403
 * when it is invalid and 4400 when both carry one. What it does not refuse is a socket with no token at all: this
 * class does, before the acknowledgement, so nothing runs and nothing is delivered without a valid token. The
 * payload's {@code Connected-Account} key becomes the request's header of that name, for {@link ViewAs}.
 */
final class EventSocketProtocol extends SmallRyeAuthGraphQLTransportWSSubprotocolHandler {

    static final String AUTHORIZATION = "Authorization";
    static final short FORBIDDEN = 4403;
    static final short BAD_REQUEST = 4400;
    static final short INIT_TIMEOUT = 4408;

    private final RoutingContext request;

    EventSocketProtocol(GraphQLWebSocketSession session, Map<String, Object> context, RoutingContext request,
            SmallRyeGraphQLAbstractHandler handler) {
        super(session, context, request, handler, Optional.of(AUTHORIZATION));
        this.request = request;
    }

    /** Called once the token, if any, is validated; acknowledges only an authenticated socket. */
    @Override
    protected void sendConnectionAckMessage() throws IOException {
        SecurityIdentity identity = request.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            session.close(FORBIDDEN, "Forbidden: no bearer token (Authorization in connection_init or header)");
            return;
        }
        if (!takeViewAsFromPayload()) {
            return;
        }
        super.sendConnectionAckMessage();
    }

    private boolean takeViewAsFromPayload() {
        Object payload = getContext().get("init-payload");
        if (!(payload instanceof Map<?, ?> init) || init.get(ViewAs.HEADER) == null) {
            return true;
        }
        if (!(init.get(ViewAs.HEADER) instanceof JsonString viewed)) {
            session.close(BAD_REQUEST, ViewAs.HEADER + " must be a string");
            return false;
        }
        String header = request.request().getHeader(ViewAs.HEADER);
        if (header != null && !header.isBlank() && !header.trim().equals(viewed.getString().trim())) {
            session.close(BAD_REQUEST, ViewAs.HEADER + " differs between header and connection_init");
            return false;
        }
        request.request().headers().set(ViewAs.HEADER, viewed.getString());
        return true;
    }

    /** The protocol's answer to a client that connects and never initialises. */
    void closeIfNotInitialised() {
        if (!connectionInitialized.get() && !session.isClosed()) {
            session.close(INIT_TIMEOUT, "Connection initialisation timeout");
        }
    }
}
