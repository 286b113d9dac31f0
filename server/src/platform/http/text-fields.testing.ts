/**
 * For the text-field property test: the routes and text fields of the OpenAPI document, plausible
 * values for the rest of a request, callers each route's guard lets through, and encodings that
 * can carry any string. For tests only.
 */
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../testing/test-app.ts';
import {
  agentFor,
  type StaffAgent,
  sessionCookieOf,
  signedInStaff,
  TEST_PASSWORD,
  tokenOf,
} from '../auth/auth.testing.ts';
import {
  CLI_ACTOR,
  createStaffAccount,
  createStaffWithCredentials,
  newTotpSecret,
  type StaffRouteEntry,
} from '../auth/index.ts';

export type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
};
type Parameter = {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: Schema;
};
export type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema: Schema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
};
export type Field = { in: 'path' | 'query' | 'header' | 'body'; name: string; path: (string | number)[] };
export type Route = {
  method: string;
  openApiPath: string;
  url: string;
  operation: Operation;
  fields: Field[];
};

const firstVariant = (s: Schema) => {
  const variants = s.anyOf ?? s.oneOf;
  return variants ? (variants.find((v) => v.type !== 'null') ?? variants[0] ?? {}) : s;
};
const typeOf = (s: Schema) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);

/** Values a schema cannot tell, by field name: ids of real rows, codes the jurisdiction pack defines. */
export type Hints = Record<string, string>;

/** A plausible value for a schema: enough for the other fields of a request to pass validation. */
export function sample(schema: Schema, hints: Hints, name = ''): unknown {
  const s = firstVariant(schema);
  if (typeOf(s) === 'string' && hints[name] !== undefined) return hints[name];
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  switch (typeOf(s)) {
    case 'string': {
      if (s.format === 'uuid') return crypto.randomUUID();
      if (s.format === 'date-time') return new Date().toISOString();
      if (s.format === 'email' || /email/.test(name)) return `fuzz-${crypto.randomUUID()}@hotline.test`;
      const digits = s.pattern?.match(/^\^\\d\{(\d+)\}\$$/)?.[1];
      if (digits) return '0'.repeat(Number(digits));
      return 'https://fuzz.example/page';
    }
    case 'integer':
    case 'number':
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 0) }, () => sample(s.items ?? {}, hints, name));
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, hints, k)]));
    default:
      return null;
  }
}

/** Paths to every string in a JSON body schema. */
function stringPaths(schema: Schema, path: (string | number)[] = []): (string | number)[][] {
  if (path.length > 6) return [];
  const s = firstVariant(schema);
  switch (typeOf(s)) {
    case 'string':
      return [path];
    case 'array':
      return stringPaths(s.items ?? {}, [...path, 0]);
    case 'object':
      return Object.entries(s.properties ?? {}).flatMap(([k, v]) => stringPaths(v, [...path, k]));
    default:
      return [];
  }
}

/** Every operation of the OpenAPI document that has a text field, with those fields. */
export function routesOf(t: TestApp): Route[] {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
  const routes: Route[] = [];
  for (const [openApiPath, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const fields: Field[] = [];
      for (const p of operation.parameters ?? []) {
        if (p.in !== 'cookie' && typeOf(firstVariant(p.schema)) === 'string') {
          fields.push({ in: p.in, name: p.name, path: [] });
        }
      }
      const json = operation.requestBody?.content?.['application/json']?.schema;
      for (const path of json ? stringPaths(json) : []) {
        fields.push({ in: 'body', name: path.join('.'), path });
      }
      if (fields.length === 0) continue;
      const url = openApiPath.replace(/\{(\w+)\}/g, ':$1');
      routes.push({ method: method.toUpperCase(), openApiPath, url, operation, fields });
    }
  }
  return routes;
}

/** `target` with `value` at `path`, creating objects and arrays on the way. */
export function setAt(target: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const container = (target ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>;
  container[head] = setAt(container[head], rest, value);
  return container;
}

/** Errors are always JSON; a success is JSON where the document says so (not a media file). */
export function expectsJson(route: Route, res: LightMyRequestResponse): boolean {
  if (res.statusCode === 204 || res.statusCode === 304) return false;
  if (res.statusCode >= 300) return true;
  const declared = route.operation.responses?.[String(res.statusCode)]?.content;
  return declared !== undefined && 'application/json' in declared;
}

/**
 * Percent-encodes any string, unpaired surrogates included (as their three UTF-8-style bytes, the
 * way a careless client would): encodeURIComponent refuses them.
 */
export function percentEncode(value: string): string {
  let out = '';
  for (const piece of value.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g) ?? []) {
    const code = piece.charCodeAt(0);
    if (piece.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
    } else {
      out += encodeURIComponent(piece);
    }
  }
  return out;
}

/** Only what an HTTP header can carry (visible Latin-1); anything else cannot reach a server. */
export const asHeader = (value: string) => value.replace(/[^\x20-\x7e\xa0-\xff]/g, '').slice(0, 4000);

export type Send = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** A caller the route's guard lets through: anonymous, or staff at the right stage with an allowed role. */
export async function callerFor(t: TestApp, rule: StaffRouteEntry | undefined): Promise<Send> {
  if (!rule) return (options) => t.app.inject(options);
  let agent: StaffAgent;
  if (rule.stages.includes('full')) {
    agent = await signedInStaff(t, rule.roles?.[0] ?? 'admin');
  } else if (rule.stages.includes('enrol')) {
    agent = await enrolmentAgent(t);
  } else {
    agent = await passwordOnlyAgent(t);
  }
  return (options) => agent.inject(options);
}

/** A new account after its set-up link: signed in, TOTP still to set up (stage `enrol`). */
async function enrolmentAgent(t: TestApp): Promise<StaffAgent> {
  const created = await createStaffAccount(
    { db: t.database.db, publicUrl: t.config.publicUrl },
    { email: `enrol-${crypto.randomUUID()}@hotline.test`, displayName: 'Enrol', role: 'analyst' },
    CLI_ACTOR,
  );
  const setup = await t.app.inject({
    method: 'POST',
    url: '/api/auth/setup',
    remoteAddress: randomAddress(),
    payload: { token: tokenOf(created.setupUrl), password: TEST_PASSWORD },
  });
  assert.equal(setup.statusCode, 200, setup.body);
  return agentFor(t, {
    id: created.staff.id,
    email: created.staff.email,
    role: 'analyst',
    totpSecret: '',
    cookie: sessionCookieOf(setup) ?? '',
    csrf: setup.json().csrf_token,
  });
}

/** An account with TOTP after the password step only (stage `password`). */
async function passwordOnlyAgent(t: TestApp): Promise<StaffAgent> {
  const email = `password-${crypto.randomUUID()}@hotline.test`;
  const totpSecret = newTotpSecret();
  const row = await createStaffWithCredentials(
    { db: t.database.db, secretBox: t.app.deps.secretBox },
    { email, displayName: 'Password', role: 'analyst', password: TEST_PASSWORD, totpSecret },
    CLI_ACTOR,
  );
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: randomAddress(),
    payload: { email, password: TEST_PASSWORD },
  });
  assert.equal(login.statusCode, 200, login.body);
  return agentFor(t, {
    id: row.id,
    email,
    role: 'analyst',
    totpSecret,
    cookie: sessionCookieOf(login) ?? '',
    csrf: login.json().csrf_token,
  });
}

/** Each request from its own address, so per-client limits never hide a route's behaviour. */
export const randomAddress = () =>
  `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;
