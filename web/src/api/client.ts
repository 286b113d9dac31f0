/**
 * The API client: openapi-fetch over the types generated from the server's OpenAPI document
 * (schema.d.ts, `npm run api:types`), so each call's path, parameters, body and answer are the
 * server's own; a route whose schema changes breaks the type check of the calls that use it.
 * JSON in and out, the session cookie sent by the browser, the CSRF token (handed out by the
 * sign-in responses) added to every state-changing request, and every failure as an ApiError.
 */
import createClient, { type ClientOptions, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.d.ts';
import type { ApiErrorBody } from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

const unreachable = () => new ApiError(0, 'network.unreachable', 'The server could not be reached.');

const sendCsrfToken: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** A client of the API at `baseUrl` (the page's own origin by default). */
export function createApiClient(options: ClientOptions = {}) {
  const client = createClient<paths>({
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    // Leaves out empty filters (undefined, '', []): the server reads an absent one as "any".
    querySerializer: (query) => new URLSearchParams(queryEntries(query)).toString(),
    ...options,
  });
  client.use(sendCsrfToken);
  return client;
}

/** The query's entries that say something, as strings; an array is sent comma-separated. */
export function queryEntries(query: Record<string, unknown>): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(query)) {
    const text = Array.isArray(value) ? value.join(',') : value === undefined ? '' : String(value);
    if (text !== '') entries.push([name, text]);
  }
  return entries;
}

export const client = createApiClient();

/** What an openapi-fetch call settles to, whatever its route. */
type Settled = { data?: unknown; error?: unknown; response: Response };
/** The success body; `void` for the routes that answer 204 No Content. */
export type Answer<R extends Settled> = [Exclude<R['data'], undefined>] extends [never]
  ? undefined
  : Exclude<R['data'], undefined>;

/** The call's success body, or the ApiError its failure carries (unreachable server: status 0). */
export async function answer<R extends Settled>(call: Promise<R>): Promise<Answer<R>> {
  let settled: R;
  try {
    settled = await call;
  } catch (error) {
    // A request TanStack Query cancelled stays a cancellation, not an unreachable server.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw unreachable();
  }
  const { response } = settled;
  if (!response.ok) throw apiError(response.status, response.statusText, settled.error, response.headers);
  return settled.data as Answer<R>;
}

/** The ApiError a failed response carries: the server's code and message, or the HTTP status's. */
export function apiError(status: number, statusText: string, body: unknown, headers: Headers): ApiError {
  const error = (body as Partial<ApiErrorBody> | undefined)?.error;
  const retryAfter = Number(headers.get('retry-after'));
  return new ApiError(
    status,
    error?.code ?? `http.${status}`,
    error?.message ?? `${status} ${statusText}`,
    error?.details ?? {},
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  );
}

/**
 * POSTs a file as the raw body and reports how much of it has gone (0–1): fetch cannot tell upload
 * progress, XMLHttpRequest can, and a large evidence file on a slow line takes a while. The path and
 * the answer's type are the caller's (media-upload route in workspace-endpoints.ts).
 */
export function uploadFile<T>(
  path: string,
  file: Blob,
  headers: Record<string, string>,
  onProgress?: (fraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', file.type);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => reject(unreachable());
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status <= 299) resolve(body as T);
      else {
        const retryAfter = xhr.getResponseHeader('retry-after');
        const responseHeaders = new Headers(retryAfter ? { 'retry-after': retryAfter } : {});
        reject(apiError(xhr.status, xhr.statusText, body, responseHeaders));
      }
    };
    xhr.send(file);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
