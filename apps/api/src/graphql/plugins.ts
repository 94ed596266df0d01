import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { assertMayRunOperation } from '../auth/access.js';
import type { Context } from './context.js';
import { isUnexpected } from './errors.js';

/**
 * Logs every unexpected error in full with its request id (the client sees it masked),
 * and stamps the request id on every error a client sees, so a partner can quote it.
 */
export const requestIdPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (isUnexpected(error)) contextValue.log.error({ err: unwrapResolverError(error) }, 'unexpected GraphQL error');
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
          ...e,
          extensions: { ...e.extensions, requestId: contextValue.requestId },
        }));
      },
    };
  },
};

/**
 * Applies the per-operation rules of access.ts once the operation is known and before anything
 * runs: an API key cannot mutate (FORBIDDEN, HTTP 403). Every mutation, present and future.
 */
export const operationAccessPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation) assertMayRunOperation(contextValue.viewer, operation.operation);
      },
    };
  },
};
