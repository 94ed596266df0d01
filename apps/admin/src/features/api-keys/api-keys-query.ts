import { graphql } from '../../gql';

// The keys list, shared by the page (to read it) and the create form (to refresh it).
export const ApiKeyRow = graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    partnerName
    prefix
    note
    active
    createdAt
    createdByEmail
    lastUsedAt
    revokedAt
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      ...ApiKeyRow
    }
  }
`);
