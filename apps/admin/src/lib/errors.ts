import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export interface ErrorDescription {
  /** true when the API could not be reached or answered with something other than GraphQL: worth a retry */
  unreachable: boolean;
  title: string;
  detail: string;
  /** The API's error code (BAD_USER_INPUT, NOT_FOUND, …) when it gave one */
  code?: string;
  requestId?: string;
}

/** Turns whatever Apollo Client reports into words a coordinator can act on. */
export function describeError(error: unknown): ErrorDescription {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined;
    const requestId = typeof first?.extensions?.requestId === 'string' ? first.extensions.requestId : undefined;
    if (code === 'INTERNAL_SERVER_ERROR' || !code) {
      return {
        unreachable: false,
        title: 'The API could not answer this request',
        detail: 'Something went wrong on the server. Try again; if it keeps happening, give the request id below to whoever runs Network Atlas.',
        code,
        requestId,
      };
    }
    return { unreachable: false, title: 'The API turned this request down', detail: error.errors.map((e) => e.message).join(' '), code, requestId };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    const status = error.statusCode;
    return {
      unreachable: true,
      title: "We can't reach the Network Atlas API",
      detail: `The API answered with HTTP ${status}${status >= 502 && status <= 504 ? ': it is probably not running or still starting' : ''}. Check that it is running (npm start), then try again.`,
    };
  }
  return {
    unreachable: true,
    title: "We can't reach the Network Atlas API",
    detail: 'The API is not answering. Check your connection and that the API is running (npm start), then try again.',
  };
}
