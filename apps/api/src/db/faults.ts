import { GraphQLError } from 'graphql';

/**
 * Tells a database fault (the database is unreachable, went away mid-request, is overloaded,
 * or a bounded wait ran out) from every other error. A fault is not the caller's doing and
 * not a bug: the request may succeed if sent again shortly, so the API answers it with
 * SERVICE_UNAVAILABLE (HTTP 503) instead of INTERNAL_SERVER_ERROR.
 */

/** SQLSTATEs meaning "the database cannot serve this now" rather than "this SQL is wrong". */
const FAULT_SQLSTATES = new Set([
  '57P01', // admin_shutdown: the backend was terminated (pg_terminate_backend, server stopping)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting or shutting down
  '57P05', // idle_session_timeout
  '57014', // query_canceled: statement_timeout ran out (or the statement was cancelled)
  '25P03', // idle_in_transaction_session_timeout
  '3D000', // invalid_catalog_name: the database is gone
  '28000', // invalid_authorization_specification: the database refuses this login
  '28P01', // invalid_password
]);

/** SQLSTATE classes: 08 connection exception, 53 insufficient resources (too many connections, disk full). */
const FAULT_SQLSTATE_CLASSES = ['08', '53'];

/** Socket errors of the connection to the database. */
const FAULT_SYSCALL_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOENT', // the embedded database's socket file is gone
]);

/** What `pg`, `pg-pool` and TypeORM say when a connection is missing, broken or cannot be had in time. */
const FAULT_MESSAGES = [
  /^timeout exceeded when trying to connect/,
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
  /^Driver not Connected/,
];

function causes(error: unknown): unknown[] {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const o = e as { originalError?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
    queue.push(o.originalError, o.driverError, o.cause);
    if (Array.isArray(o.errors)) queue.push(...o.errors);
  }
  return [...seen];
}

function isFault(e: unknown): boolean {
  // A GraphQLError is the API's own answer (or a wrapper of the error it carries, looked at
  // separately): never judged by its message, which may quote the caller's input.
  if (e instanceof GraphQLError) return false;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
    // A SQLSTATE decides alone: a message of the database may quote the caller's input.
    if (FAULT_SQLSTATES.has(code) || FAULT_SQLSTATE_CLASSES.includes(code.slice(0, 2))) return true;
    // The database refuses new sessions (ALLOW_CONNECTIONS false, or it is being shut down).
    return code === '55000' && /is not currently accepting connections/.test(String(message));
  }
  if (typeof code === 'string' && FAULT_SYSCALL_CODES.has(code)) return true;
  return typeof message === 'string' && FAULT_MESSAGES.some((m) => m.test(message));
}

/** True when the error, or anything it wraps, is a database fault. */
export function isDatabaseFault(error: unknown): boolean {
  return causes(error).some(isFault);
}

/** A short, internal-only label of the fault for logs (never sent to a client). */
export function describeDatabaseFault(error: unknown): string | undefined {
  const fault = causes(error).find(isFault) as { code?: string; message?: string } | undefined;
  return fault ? [fault.code, fault.message].filter(Boolean).join(' ') : undefined;
}
