/**
 * Refuses text that no column can hold, for every route at once: a NUL character (PostgreSQL text
 * cannot store U+0000) or an unpaired UTF-16 surrogate (not a Unicode character; JSON lets a client
 * write one as \ud800, and PostgreSQL's jsonb refuses it). Left alone, either reaches a query and
 * fails there as a 500, losing the report. Checked after the body is parsed and before the route's
 * schema: every string (and object key) in the body, the query, the path parameters and the
 * headers. The answer is 400 `request.invalid_text` naming the field; nothing is cleaned silently,
 * because a client that sent such bytes is better told than second-guessed.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest } from '../errors.ts';

const isBadText = (text: string) => text.includes('\u0000') || !text.isWellFormed();

/** What a field name may show of a key that is itself bad text. */
const showable = (key: string) => key.replaceAll('\u0000', '\uFFFD').toWellFormed().slice(0, 100);

/**
 * The path of the first bad string in `value` (`body.urls.0`), or null. Iterative on purpose: a
 * parsed JSON body can nest deeper than the call stack.
 */
export function findBadText(value: unknown, root: string): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: root }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current === 'string') {
      if (isBadText(current)) return path;
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: `${path}.${i}` });
    } else if (isParsedObject(current)) {
      for (const [key, inner] of Object.entries(current)) {
        if (isBadText(key)) return `${path}.${showable(key)}`;
        stack.push({ value: inner, path: `${path}.${key}` });
      }
    }
  }
  return null;
}

/**
 * Parsed JSON, form and query objects (the form and query parsers use prototype-less objects of
 * their own class); never bytes or streams (evidence uploads are raw files).
 */
function isParsedObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !ArrayBuffer.isView(value) &&
    typeof (value as { pipe?: unknown }).pipe !== 'function'
  );
}

export function badTextField(request: FastifyRequest): string | null {
  return (
    findBadText(namedParams(request.params), 'params') ??
    findBadText(request.query, 'query') ??
    findBadText(request.headers, 'headers') ??
    findBadText(request.body, 'body')
  );
}

/**
 * The path parameters without a catch-all's `*`: that is the rest of an address no route knows,
 * answered as not found (an HTML page or the API's JSON) and never stored.
 */
function namedParams(params: unknown): unknown {
  if (!isParsedObject(params) || !('*' in params)) return params;
  const { '*': _rest, ...named } = params;
  return named;
}

export function registerTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const found = badTextField(request);
    if (found) {
      const field = found.length > 200 ? `${found.slice(0, 199)}…` : found;
      throw badRequest(
        'request.invalid_text',
        `${field} contains a NUL character or an unpaired surrogate, which is not text. Remove it and send again.`,
        { field },
      );
    }
  });
}
