/**
 * What a log line may say about a request and an error. Requests: method, route pattern and id —
 * never the raw path (a follow-up URL carries a tracking code), the query, a header or the client
 * address. Errors: type, code, a message and the stack frames — never a database query's text or
 * parameters, which is where report content and tracking codes would leak (drizzle puts both in
 * its error's message and properties; PostgreSQL and PGlite errors carry the values in `detail`,
 * `where`, `params`, and quote them in their message).
 */

type LoggedRequest = { method: string; id: string; routeOptions?: { url?: string } };

/**
 * Unmatched requests log no path at all: a mistyped follow-up link (`/status/VG-7K3M-9QX2`) is
 * still a tracking code, and the pattern of an unknown path says nothing.
 */
export function serializeRequest(req: LoggedRequest) {
  return { method: req.method, route: req.routeOptions?.url ?? null, id: req.id };
}

export function serializeResponse(res: { statusCode: number }) {
  return { statusCode: res.statusCode };
}

type ErrorLike = Error & Record<string, unknown>;

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** A PostgreSQL or PGlite error: a SQLSTATE and a severity (PGlite adds the query and params). */
const isServerError = (error: ErrorLike) =>
  typeof error.code === 'string' && SQLSTATE.test(error.code) && 'severity' in error;

/** drizzle's DrizzleQueryError: the query and its parameters, in its properties and its message. */
const isQueryWrapper = (error: ErrorLike) => 'query' in error && 'params' in error;

const isDatabaseError = (error: ErrorLike) => isServerError(error) || isQueryWrapper(error);

/**
 * PostgreSQL quotes the offending value in its message (`invalid input syntax for type uuid:
 * "…"`); identifiers are quoted the same way, so every quoted part goes. The constraint, table and
 * column names are kept as fields of their own.
 */
function safeDatabaseMessage(error: ErrorLike): string {
  if (isServerError(error)) return error.message.replace(/".*"/s, '"…"').slice(0, 200);
  return 'Failed query (text and parameters not logged)';
}

const DATABASE_FIELDS = ['severity', 'code', 'constraint', 'table', 'column', 'dataType', 'routine'];

/** The stack's frames under a first line we chose (the original first lines repeat the message). */
function framesUnder(firstLine: string, stack: unknown): string {
  const frames = typeof stack === 'string' ? stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  return [firstLine, ...frames].join('\n');
}

const MAX_CAUSES = 5;

type LoggedError = { type: string; message: string; stack: string; [field: string]: unknown };

export function serializeError(value: unknown, depth = 0): LoggedError {
  if (!(value instanceof Error)) {
    return { type: typeof value, message: 'a non-Error value was thrown', stack: '' };
  }
  const error = value as ErrorLike;
  const type = error.constructor?.name ?? 'Error';
  let out: LoggedError;
  if (isDatabaseError(error)) {
    const message = safeDatabaseMessage(error);
    out = { type, message, stack: framesUnder(`${type}: ${message}`, error.stack) };
    for (const field of DATABASE_FIELDS) {
      if (typeof error[field] === 'string') out[field] = error[field];
    }
  } else {
    out = { type, message: error.message, stack: error.stack ?? '' };
    if (error.code !== undefined) out.code = error.code;
    if (typeof error.statusCode === 'number') out.statusCode = error.statusCode;
  }
  if (error.cause !== undefined && depth < MAX_CAUSES) out.cause = serializeError(error.cause, depth + 1);
  return out;
}
