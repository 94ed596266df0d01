import { GraphQLError, parse, visit, type ASTNode, type GraphQLFormattedError } from 'graphql';
import type { BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloFastifyContextFunction } from '@as-integrations/fastify';
import { isDatabaseFault } from '../db/faults.js';
import { formatLimitError } from './limits.js';

/** The codes partners can act on (see docs/partners.md). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** The operation is over one of the limits (depth, aliases, directives, tokens, cost): see graphql/limits.ts. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The HTTP request itself is wrong: not JSON, too large, a batch, blocked as possible CSRF. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The database is unreachable, went away mid-request, or a bounded wait ran out: retry shortly (docs/reliability.md). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** A bad argument or input field: names the field (a dotted path) and why. */
export function badInput(field: string, reason: string): GraphQLError {
  return new GraphQLError(`${field}: ${reason}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, reason },
  });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} "${id}" was not found`, {
    extensions: { code: ErrorCode.NOT_FOUND },
  });
}

/** A save based on a stale version: nothing was changed. */
export function conflict(what: string, id: string, currentVersion: number): GraphQLError {
  return new GraphQLError(`${what} "${id}" was changed by someone else (now at version ${currentVersion}); reload and apply your change again`, {
    extensions: { code: ErrorCode.CONFLICT, currentVersion },
  });
}

export function tooManyRequests(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.TOO_MANY_REQUESTS, retryAfter: retryAfterSeconds },
  });
}

export const SERVICE_UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable; try again shortly';
/** Seconds a client is asked to wait before sending a request that met a database fault again. */
export const RETRY_AFTER_SECONDS = 5;

/** The masked answer to a database fault; no detail of the fault reaches the client. */
export function serviceUnavailable(requestId?: string): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      retryAfter: RETRY_AFTER_SECONDS,
      ...(requestId ? { requestId } : {}),
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/**
 * Wraps the per-request context builder: a database fault while building it (the session
 * lookup) is answered as SERVICE_UNAVAILABLE with HTTP 503 and the request id, not a 500.
 */
export function guardDatabaseFaults<C extends BaseContext>(build: ApolloFastifyContextFunction<C>): ApolloFastifyContextFunction<C> {
  return async (req, reply) => {
    try {
      return await build(req, reply);
    } catch (err) {
      if (!isDatabaseFault(err)) throw err;
      req.log.error({ err }, 'database fault while building the request context');
      throw serviceUnavailable(req.id);
    }
  };
}

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

function flattenValidation(errors: ClassValidatorError[], prefix = ''): { field: string; reason: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}

/** Messages graphql-js gives when a literal in the query does not fit its argument's type. */
const VALUE_ERROR =
  /^(Enum "|Value "|Expected value of type|Expected type|Int cannot|Float cannot|String cannot|Boolean cannot|ID cannot|Field ".*" of required type|Field ".*" is not defined by type)/;

/** The dotted argument path (e.g. `filter.kinds`) around a character offset of the query. */
function argumentPathAt(source: string, position: number): string | undefined {
  let found: string | undefined;
  const path: string[] = [];
  const within = (node: ASTNode) => node.loc && node.loc.start <= position && position < node.loc.end;
  // Arguments and input-object fields nest alike: both add their name to the path.
  const named = {
    enter(node: ASTNode & { name: { value: string } }) {
      if (!within(node)) return false;
      path.push(node.name.value);
      found = path.join('.');
      return undefined;
    },
    leave(node: ASTNode) {
      if (within(node)) path.pop();
    },
  };
  try {
    visit(parse(source), { Argument: named, ObjectField: named });
  } catch {
    return undefined;
  }
  return found;
}

/** True when an error is not one the code raised on purpose: it must be masked and logged. */
export function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (!(original instanceof GraphQLError)) return true;
  return original.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Shapes every error a client sees: input problems become BAD_USER_INPUT with the field;
 * anything unexpected is masked (no SQL, no stack). The request id is stamped on by the
 * request plugin, which also logs the unmasked error.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;

  const overLimit = formatLimitError(formatted);
  if (overLimit) return overLimit;

  if (code === 'GRAPHQL_VALIDATION_FAILED' && VALUE_ERROR.test(formatted.message) && error instanceof GraphQLError) {
    const position = error.positions?.[0];
    const field = error.source && position !== undefined ? argumentPathAt(error.source.body, position) : undefined;
    return {
      message: field ? `${field}: ${formatted.message}` : formatted.message,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}), reason: formatted.message },
    };
  }

  if (code === ErrorCode.BAD_USER_INPUT && Array.isArray(formatted.extensions?.validationErrors)) {
    const fields = flattenValidation(formatted.extensions.validationErrors as ClassValidatorError[]);
    const first = fields[0];
    return {
      message: fields.map((f) => `${f.field}: ${f.reason}`).join('; ') || formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, field: first?.field, reason: first?.reason, fields },
    };
  }

  // The database is unreachable or too slow: masked, and worth retrying (the plugin sets HTTP 503).
  if (isUnexpected(error) && isDatabaseFault(error)) {
    return {
      message: SERVICE_UNAVAILABLE_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfter: RETRY_AFTER_SECONDS },
    };
  }

  // Resolver errors that are not deliberate GraphQLErrors, and anything Apollo calls internal.
  if ((formatted.path && isUnexpected(error)) || code === ErrorCode.INTERNAL_SERVER_ERROR || !code) {
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  }
  // Drop the stack trace Apollo adds in development; partners never need it.
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}
