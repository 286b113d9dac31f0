/**
 * A tiny typed fetch client: JSON in and out, the session cookie sent by the browser, and the CSRF
 * token (handed out by the sign-in responses) added to every state-changing request.
 */
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

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Extra headers; `keepalive` lets a request outlive the page (a record sent as the tab closes). */
type RequestOptions = { headers?: Record<string, string>; keepalive?: boolean };

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  Object.assign(headers, options.headers);
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      keepalive: options.keepalive,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network.unreachable', 'The server could not be reached.');
  }
  return answer<T>(res.status, res.statusText, await res.text(), res.headers.get('retry-after'));
}

/** The response body as T, or the ApiError it carries. */
function answer<T>(status: number, statusText: string, text: string, retryAfterHeader: string | null): T {
  if (status === 204) return undefined as T;
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (status < 200 || status > 299) {
    const error = (json as Partial<ApiErrorBody> | undefined)?.error;
    const retryAfter = Number(retryAfterHeader);
    throw new ApiError(
      status,
      error?.code ?? `http.${status}`,
      error?.message ?? `${status} ${statusText}`,
      error?.details ?? {},
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
  }
  return json as T;
}

/**
 * POSTs a file as the raw body and reports how much of it has gone (0–1): fetch cannot tell upload
 * progress, XMLHttpRequest can, and a large evidence file on a slow line takes a while.
 */
function uploadFile<T>(
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
    xhr.onerror = () => reject(new ApiError(0, 'network.unreachable', 'The server could not be reached.'));
    xhr.onload = () => {
      try {
        resolve(
          answer<T>(xhr.status, xhr.statusText, xhr.responseText, xhr.getResponseHeader('retry-after')),
        );
      } catch (error) {
        reject(error);
      }
    };
    xhr.send(file);
  });
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body ?? {}, options),
  /** The file's bytes as the request body, typed by the file; onProgress gets the fraction sent. */
  upload: <T>(
    path: string,
    file: Blob,
    headers: Record<string, string> = {},
    onProgress?: (fraction: number) => void,
  ) => uploadFile<T>(path, file, headers, onProgress),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
