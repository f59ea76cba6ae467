// Typed errors and their one mapping to HTTP (DESIGN.md §4: {error: {code, message, fields?}}).
import type { ApiErrorBody } from '@/lib/recommendations/types';
import { jsonBytes } from './json-bytes';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fields?: Record<string, string[]>) {
    super(400, 'invalid_input', message, fields);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super(413, 'payload_too_large', `The request body is larger than ${Math.round(limitBytes / 1024)} KB.`);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor() {
    super(415, 'unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).');
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found.') {
    super(404, 'not_found', message);
  }
}

/** A write named a version of the record that is no longer current (optimistic concurrency). */
export class ConflictError extends AppError {
  constructor(message = 'This was changed elsewhere (another tab or device). Reload to see the latest version, then make your change again.') {
    super(409, 'version_conflict', message);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(429, 'too_many_requests', 'Too many requests: wait a moment and try again.', undefined, {
      'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))),
    });
  }
}

/** Seconds a client should wait before retrying when the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export class UnavailableError extends AppError {
  constructor(message = 'The program catalog is unavailable right now. Please try again in a moment.') {
    super(503, 'service_unavailable', message, undefined, { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) });
  }
}

// Prisma's codes for an unreachable or exhausted database, and the driver adapter's error kinds.
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TransactionAlreadyClosed',
]);
// Socket errors, and PostgreSQL's SQLSTATEs for a server shutting down or refusing connections
// (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now), lost connections (08xxx)
// and too many connections (53300).
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300',
]);
// Also a saturated database: Prisma's interactive transaction found no connection within its maxWait
// (P2028, "Unable to start a transaction in the given time"), or a statement ran past statement_timeout.
const UNAVAILABLE_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|can't reach database|server closed the connection|the database system is (starting up|shutting down)|unable to start a transaction in the given time|canceling statement due to statement timeout/i;

type ErrorLike = { code?: unknown; cause?: unknown; message?: unknown; kind?: unknown; meta?: { driverAdapterError?: unknown } };

/**
 * The error and what it wraps: its `cause` chain, and the driver adapter's error that Prisma keeps
 * in `meta.driverAdapterError` (a PostgreSQL SQLSTATE such as 57P01 is only there).
 */
function errorChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  const pending: unknown[] = [error];
  while (pending.length > 0 && chain.length < 16) {
    const current = pending.shift();
    if (!current || typeof current !== 'object' || chain.includes(current as ErrorLike)) continue;
    const candidate = current as ErrorLike;
    chain.push(candidate);
    pending.push(candidate.cause, candidate.meta?.driverAdapterError);
  }
  return chain;
}

/** Whether an error means the database is down or saturated (a 503). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return errorChain(error).some(
    (candidate) =>
      (typeof candidate.code === 'string' && (UNAVAILABLE_PRISMA_CODES.has(candidate.code) || UNAVAILABLE_SOCKET_CODES.has(candidate.code))) ||
      (typeof candidate.kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(candidate.kind)) ||
      (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.test(candidate.message)),
  );
}

/** The Prisma, driver and socket codes in the chain, for the log (never the messages: they may quote arguments). */
function databaseErrorCodes(error: unknown): string {
  const codes = errorChain(error).flatMap((candidate) => [candidate.code, candidate.kind].filter((value): value is string => typeof value === 'string'));
  return codes.length > 0 ? [...new Set(codes)].join(', ') : 'no code';
}

const API_HEADERS = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };

/** Response.json's reply, with the body written by jsonBytes (several times cheaper for a ranking page). */
export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(jsonBytes(body), { status: init.status ?? 200, headers: { ...API_HEADERS, ...init.headers } });
}

const EMAIL_ADDRESS = /[^\s@"'<>()[\],;:]+@[^\s@"'<>()[\],;:]+\.[a-z]{2,}/gi;
// PostgreSQL's details quote the offending values: Key (email)=(a@b.org) already exists.
const QUOTED_KEY_VALUES = /=\([^)]*\)/g;
const LOGGED_MESSAGE_MAX_LENGTH = 300;

/**
 * An unexpected error as one log line: its name and message, never the request, with email
 * addresses and quoted column values taken out (DESIGN.md §7: no personal data in logs).
 */
export function describeErrorForLog(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(EMAIL_ADDRESS, '[email]').replace(QUOTED_KEY_VALUES, '=(…)').slice(0, LOGGED_MESSAGE_MAX_LENGTH);
}

/** The one place an error becomes a response. Unknown errors are logged without request data. */
export function errorResponse(error: unknown): Response {
  const known =
    error instanceof AppError
      ? error
      : isDatabaseUnavailable(error)
        ? new UnavailableError()
        : null;
  if (!known) {
    console.error(`[api] unexpected error: ${describeErrorForLog(error)}`);
  } else if (!(error instanceof AppError)) {
    // Operators need to see outages; the error's own text may quote query arguments, so not that.
    console.warn(`[api] database unavailable (${databaseErrorCodes(error)}): answered 503`);
  }
  const app = known ?? new AppError(500, 'internal_error', 'Something went wrong on our side. Please try again.');
  const body: ApiErrorBody = { error: { code: app.code, message: app.message, ...(app.fields ? { fields: app.fields } : {}) } };
  return jsonResponse(body, { status: app.status, headers: app.headers });
}

/** Wraps a route handler so every failure goes through errorResponse. */
export function handleErrors<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
