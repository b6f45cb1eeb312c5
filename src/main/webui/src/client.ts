import { Client, cacheExchange, fetchExchange } from 'urql';

/** The API at /graphql with the session's current access token (renewed in place by oidc-client-ts). */
export function createClient(accessToken: () => string): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-and-network',
    // The service takes GraphQL over POST only.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { Authorization: `Bearer ${accessToken()}` } }),
  });
}
