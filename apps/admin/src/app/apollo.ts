import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The portal talks to the API on its own origin: in production the API serves
 * these files, in development Vite proxies /graphql to it.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    // same-origin: the session cookie (HttpOnly, SameSite=Strict) goes with every request.
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: createCache(),
  });
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Value objects without ids: a newer answer replaces the older one whole.
      Group: { fields: { fees: { merge: false }, formerNames: { merge: false }, affiliations: { merge: false } } },
      Force: { fields: { groups: { merge: false } } },
    },
  });
}
