package com.connectboard.event;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * GraphQL over WebSocket on the GraphQL path, for the {@code events} subscription (docs/events.md). It takes the
 * upgrade requests before SmallRye GraphQL's own socket handler would, for what that one does not do:
 * <ul>
 * <li>a socket must authenticate: with no token at all it is closed before anything runs
 * ({@link EventSocketProtocol});</li>
 * <li>graceful shutdown does not wait on sockets: Quarkus counts an upgrade as an HTTP request that never ends
 * (its response is never ended, and closing the socket does not end it either), so a single socket, even closed,
 * made shutdown wait its whole timeout. The HTTP exchange is over once the socket is open, and this says so (open
 * sockets are closed when the HTTP server stops);</li>
 * <li>messages run on worker threads, in order, in the socket's request context.</li>
 * </ul>
 */
@ApplicationScoped
@RegisterForReflection(targets = QuarkusRequestWrapper.class, methods = true)
public class EventSockets {

    static final String PATH = "/graphql";
    static final String SUBPROTOCOL = "graphql-transport-ws";
    /** Time a client has to send connection_init, as graphql-ws servers allow by default. */
    static final long INIT_TIMEOUT_MS = 10_000;

    private static final Logger LOG = Logger.getLogger(EventSockets.class);

    private final Set<ServerWebSocket> open = ConcurrentHashMap.newKeySet();
    private final Method requestDone = requestDoneMethod();

    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    CurrentVertxRequest requests;

    /**
     * Order -101: after authentication (-200), which validates a token sent in the upgrade's header (an invalid one is
     * a 401 there), and before the permission check (-100), which requires a token on {@value #PATH}: a browser cannot
     * send one with the upgrade, and {@link EventSocketProtocol} requires it in the socket's handshake instead.
     */
    void route(@Observes Router router) {
        Handler handler = new Handler(identities, requests);
        router.route(PATH).order(-101).handler(ctx -> {
            if (ctx.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)
                    && !ctx.request().isEnded()) {
                handler.handle(ctx);
            } else {
                ctx.next();
            }
        });
    }

    /** Sockets open now (for the tests). */
    int openCount() {
        return open.size();
    }

    private final class Handler extends SmallRyeGraphQLAbstractHandler {

        Handler(CurrentIdentityAssociation identities, CurrentVertxRequest requests) {
            // Blocking: the resolvers read the database, so SmallRye runs them on worker threads.
            super(identities, requests, true);
        }

        @Override
        protected void doHandle(RoutingContext ctx) {
            Map<String, Object> context = getMetaData(ctx);
            ctx.request().toWebSocket(upgraded -> {
                if (upgraded.failed()) {
                    LOG.debugf("WebSocket upgrade failed: %s", upgraded.cause().getMessage());
                    return;
                }
                ServerWebSocket socket = upgraded.result();
                exchangeDone(ctx);
                if (!SUBPROTOCOL.equals(socket.subProtocol())) {
                    socket.close((short) 1002, "Use the " + SUBPROTOCOL + " subprotocol");
                    return;
                }
                open.add(socket);
                InjectableContext.ContextState state = (InjectableContext.ContextState) context.get("state");
                EventSocketProtocol protocol = new EventSocketProtocol(new Session(socket), context, ctx, this);
                long initTimer = ctx.vertx().setTimer(INIT_TIMEOUT_MS, id -> protocol.closeIfNotInitialised());
                socket.closeHandler(closed -> {
                    open.remove(socket);
                    ctx.vertx().cancelTimer(initTimer);
                    protocol.onClose();
                    // The socket's request context (its Caller, ViewAs...) ends with it.
                    Arc.container().requestContext().destroy(state);
                });
                socket.endHandler(ended -> protocol.onEnd());
                socket.exceptionHandler(protocol::onThrowable);
                // Messages run on a worker thread, one at a time in their order, in the socket's request context (its
                // identity, Caller, ViewAs): a subscription's resolver reads the database (its view-as account, the
                // stream's start), which the event loop must not wait for.
                socket.textMessageHandler(text -> ctx.vertx().executeBlocking(() -> {
                    ManagedContext requestContext = Arc.container().requestContext();
                    requestContext.activate(state);
                    try {
                        protocol.onMessage(text);
                    } finally {
                        requestContext.deactivate();
                    }
                    return null;
                }, true));
            });
        }
    }

    private void exchangeDone(RoutingContext ctx) {
        if (requestDone == null) {
            return;
        }
        if (!(ctx.request().getCookie(
                QuarkusRequestWrapper.FAKE_COOKIE_NAME) instanceof QuarkusRequestWrapper.QuarkusCookie wrapped)) {
            // No graceful shutdown configured (quarkus.shutdown.timeout): nothing counts requests.
            return;
        }
        try {
            requestDone.invoke(wrapped.getRequestWrapper());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Could not mark the WebSocket upgrade as done; graceful shutdown will wait for it: %s", e);
        }
    }

    /**
     * Quarkus' request wrapper runs its request-done handlers (the graceful-shutdown count among them) from a
     * package-private method, the only way to end an exchange whose response is never ended.
     */
    private static Method requestDoneMethod() {
        try {
            Method done = QuarkusRequestWrapper.class.getDeclaredMethod("done");
            done.setAccessible(true);
            return done;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Quarkus' request wrapper has no done(); graceful shutdown will wait for WebSockets: %s", e);
            return null;
        }
    }

    private static final class Session implements GraphQLWebSocketSession {

        private final ServerWebSocket socket;

        Session(ServerWebSocket socket) {
            this.socket = socket;
        }

        @Override
        public void sendMessage(String message) {
            socket.writeTextMessage(message);
        }

        @Override
        public void close(short statusCode, String reason) {
            socket.close(statusCode, reason);
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }
    }
}
