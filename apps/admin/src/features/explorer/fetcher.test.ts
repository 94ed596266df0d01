import { describe, expect, it, vi } from 'vitest';
import { createExplorerFetcher } from './fetcher';

function fakeFetch(body: string, contentType = 'application/json', status = 200) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(body, { status, headers: { 'content-type': contentType } }));
}

const params = { query: '{ regions { id } }', operationName: null };

describe('the explorer’s requests', () => {
  it('go anonymously, with the portal’s cookies, when no key is given', async () => {
    const fetch = fakeFetch('{"data":{}}');
    await createExplorerFetcher({ apiKey: () => '', fetch })(params, {});
    const init = fetch.mock.calls[0][1]!;
    expect([init.credentials, (init.headers as Record<string, string>).authorization]).toEqual(['same-origin', undefined]);
  });

  it('send a pasted key as a bearer token and leave the session cookie out', async () => {
    const fetch = fakeFetch('{"data":{}}');
    await createExplorerFetcher({ apiKey: () => '  na_live_abc123 ', fetch })(params, { headers: { Authorization: 'Bearer typed-in-headers' } });
    const init = fetch.mock.calls[0][1]!;
    expect([init.credentials, init.headers]).toEqual([
      'omit',
      { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json', authorization: 'Bearer na_live_abc123' },
    ]);
  });

  it('keep headers typed into the headers editor', async () => {
    const fetch = fakeFetch('{"data":{}}');
    await createExplorerFetcher({ apiKey: () => '', fetch })(params, { headers: { 'x-request-id': 'try-1' } });
    expect((fetch.mock.calls[0][1]!.headers as Record<string, string>)['x-request-id']).toBe('try-1');
  });

  it('post to the API on this origin', async () => {
    const fetch = fakeFetch('{"data":{}}');
    await createExplorerFetcher({ apiKey: () => '', fetch })(params, {});
    expect([fetch.mock.calls[0][0], fetch.mock.calls[0][1]!.method, fetch.mock.calls[0][1]!.body]).toEqual(['/graphql', 'POST', JSON.stringify(params)]);
  });

  it('turn an answer that is not GraphQL into an error that says what came back', async () => {
    const fetch = fakeFetch('Too many requests, try again in 30 s', 'text/plain', 429);
    const result = await createExplorerFetcher({ apiKey: () => '', fetch })(params, {});
    expect(result).toEqual({ errors: [{ message: 'The API answered HTTP 429 without a GraphQL result: Too many requests, try again in 30 s' }] });
  });

  it('say the API could not be reached when the request fails', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(createExplorerFetcher({ apiKey: () => '', fetch })(params, {})).rejects.toThrow('The API at /graphql could not be reached: Failed to fetch.');
  });

  it('send a document of one operation without an operation name, which GraphiQL can leave over from another tab', async () => {
    const fetch = fakeFetch('{"data":{}}');
    await createExplorerFetcher({ apiKey: () => '', fetch })({ query: 'query RegionCoverage { regions { id } }', operationName: 'Catalogue' }, {});
    expect(JSON.parse(String(fetch.mock.calls[0][1]!.body))).toEqual({ query: 'query RegionCoverage { regions { id } }' });
  });

  it('keep the operation name for a document of several, and for one that does not parse', async () => {
    const fetch = fakeFetch('{"data":{}}');
    const several = { query: 'query A { regions { id } } query B { forces { id } }', operationName: 'B' };
    const broken = { query: 'query A { regions { id ', operationName: 'A' };
    await createExplorerFetcher({ apiKey: () => '', fetch })(several, {});
    await createExplorerFetcher({ apiKey: () => '', fetch })(broken, {});
    expect(fetch.mock.calls.map((call) => JSON.parse(String(call[1]!.body)))).toEqual([several, broken]);
  });
});
