import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';
import { ErrorCode, RETRY_AFTER_SECONDS } from './errors.js';

/**
 * An operation that failed whole because of a database fault (every error SERVICE_UNAVAILABLE,
 * no data) is answered with HTTP 503 and Retry-After, so load balancers, proxies and
 * partners' HTTP clients see it for what it is. Partial results keep HTTP 200.
 */
export const serviceUnavailablePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (!errors?.length || !errors.every((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
        if (data != null && Object.values(data).some((v) => v !== null)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
