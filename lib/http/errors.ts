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
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P03']);
const UNAVAILABLE_MESSAGES = /connection terminated|timeout exceeded when trying to connect|can't reach database|server closed the connection|the database system is (starting up|shutting down)/i;

/** Whether an error means the database is down or saturated (a 503), walking the cause chain. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown; message?: unknown; kind?: unknown };
    if (typeof candidate.code === 'string' && (UNAVAILABLE_PRISMA_CODES.has(candidate.code) || UNAVAILABLE_SOCKET_CODES.has(candidate.code))) return true;
    if (typeof candidate.kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(candidate.kind)) return true;
    if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
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
  if (!known) console.error(`[api] unexpected error: ${describeErrorForLog(error)}`);
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
