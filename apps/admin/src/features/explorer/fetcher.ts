import type { Fetcher, FetcherParams } from '@graphiql/toolkit';
import { Kind, parse } from 'graphql';

interface Options {
  /** The API on this origin; the portal never calls another */
  url?: string;
  /** Read at each request, so typing a key needs no new fetcher */
  apiKey: () => string;
  fetch?: typeof fetch;
}

/**
 * The explorer's requests. With an API key it goes as `Authorization: Bearer …`
 * and without cookies, so a signed-in person sees exactly what that key sees;
 * without one it goes as the portal does (anonymous, or the session if signed in).
 * Answers that are not GraphQL (a proxy's 502, a rate limit's page) come back
 * as a GraphQL error that says what happened, rather than a JSON parse failure.
 */
export function createExplorerFetcher({ url = '/graphql', apiKey, fetch: doFetch = (...args) => fetch(...args) }: Options): Fetcher {
  return async (params, opts) => {
    const key = apiKey().trim();
    const headers: Record<string, string> = {
      accept: 'application/graphql-response+json, application/json',
      ...Object.fromEntries(Object.entries(opts?.headers ?? {}).map(([k, v]) => [k, String(v)])),
      'content-type': 'application/json',
    };
    if (key) {
      for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name];
      headers.authorization = `Bearer ${key}`;
    }
    let response: Response;
    try {
      response = await doFetch(url, { method: 'POST', headers, body: JSON.stringify(withoutStaleName(params)), credentials: key ? 'omit' : 'same-origin' });
    } catch (error) {
      throw new Error(`The API at ${url} could not be reached: ${error instanceof Error ? error.message : String(error)}. Check that it is running, then run the query again.`);
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('json')) return response.json();
    const text = (await response.text().catch(() => '')).trim();
    return {
      errors: [{ message: `The API answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} without a GraphQL result${text ? `: ${text.slice(0, 300)}` : ''}` }],
    };
  };
}

/**
 * Right after a switch of tabs GraphiQL can send the name of the operation shown before, which
 * the API refuses ("Unknown operation named …"). A document of one operation goes without a
 * name, so that one runs; with several the name stays, and a wrong one is the API's to explain.
 */
function withoutStaleName(params: FetcherParams): FetcherParams {
  if (!params.operationName) return params;
  let operations: number;
  try {
    operations = parse(params.query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
  } catch {
    return params; // The API says what is wrong with it.
  }
  if (operations !== 1) return params;
  const { operationName: _stale, ...rest } = params;
  return rest;
}
