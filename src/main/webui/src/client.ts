import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createSocketClient, type Client as SocketClient } from 'graphql-ws';

export interface ApiIdentity {
  /** The session's current access token (oidc-client-ts renews it in place). */
  accessToken: () => string;
  /** The account the dashboard is viewed as (docs/dashboard.md, "View as"); null for the platform's view. */
  viewingAs: string | null;
}

/** The headers of every HTTP request, and (as keys of connection_init's payload) of the events socket. */
export function requestHeaders(identity: ApiIdentity): Record<string, string> {
  const headers: Record<string, string> = { Authorization: `Bearer ${identity.accessToken()}` };
  if (identity.viewingAs) headers['Connected-Account'] = identity.viewingAs;
  return headers;
}

export interface Api {
  client: Client;
  /** The events socket: `on('connected', ...)` tells a timeline that it reconnected and should catch up. */
  socket: SocketClient;
  /** Reconnect the socket now, with the current token (after a renewal: a socket keeps the token it opened with). */
  restartSocket: () => void;
  /** The socket is connected and acknowledged. */
  isConnected: () => boolean;
  dispose: () => void;
}

const OPEN = 1; // WebSocket.OPEN

function socketUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
}

/**
 * The API at /graphql: queries and mutations over HTTP POST, the events subscription over a WebSocket (graphql-ws,
 * protocol graphql-transport-ws) that carries the token in connection_init, opens on the first subscription and
 * reconnects after a drop.
 */
export function createApi(identity: ApiIdentity, url = socketUrl(), webSocketImpl?: unknown): Api {
  let open: WebSocket | null = null;
  let connected = false;
  const socket = createSocketClient({
    url,
    webSocketImpl,
    // Read on every (re)connection: a reconnect sends the token of that moment.
    connectionParams: () => requestHeaders(identity),
    lazy: true,
    // Moving between screens unsubscribes and subscribes again: keep the socket for that moment.
    lazyCloseTimeout: 3_000,
    retryAttempts: Infinity,
    // Reconnect soon after a drop (a quarter second, doubling to 30 s, with jitter); the timeline then catches up.
    retryWait: (retries) =>
      new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 250 * 2 ** retries) + Math.random() * 250)),
    // 4403: the service refused the token; the session signs in again rather than the socket retrying it forever.
    shouldRetry: (event) => typeof (event as CloseEvent | null)?.code === 'number' && (event as CloseEvent).code !== 4403,
    on: {
      opened: (ws) => {
        open = ws as WebSocket;
      },
      connected: () => {
        connected = true;
      },
      closed: () => {
        open = null;
        connected = false;
      },
    },
  });
  // graphql-ws' restartable-client recipe: closing with a non-fatal code makes it reconnect, with new connectionParams.
  // A socket still connecting needs nothing: it sends connection_init, and so reads the token, once open.
  const restartSocket = () => {
    if (open?.readyState === OPEN) open.close(4205, 'Client Restart');
  };
  const client = new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              return { unsubscribe: socket.subscribe(input, sink) };
            },
          };
        },
      }),
    ],
    requestPolicy: 'cache-and-network',
    // The service takes GraphQL over POST only.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: requestHeaders(identity) }),
  });
  return { client, socket, restartSocket, isConnected: () => connected, dispose: () => void socket.dispose() };
}
