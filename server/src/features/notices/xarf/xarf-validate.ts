/**
 * Checks a XARF v4 content report against the vendored schemas (schemas/, unedited), compiled once
 * at the first check. The schemas declare JSON Schema draft 2020-12, hence Ajv2020. The master
 * schema of the XARF project is not vendored: it refers to every category's types; for `content`
 * it does what this file does, choose the type's schema (types/content-<type>.json, which brings
 * in content-base.json and xarf-core.json) by the report's `type`. Beyond the schemas, one rule of
 * ours: the XARF v4 specification (content category, evidence notes) says csam and csem reports
 * attach no visual content, only hashes; Vigie goes further and refuses any `evidence` payload or
 * `screenshot_url` on them, since what a base64 payload holds cannot be vouched for by its label.
 * (The XARF project's own csam sample carries a text evidence item, which this therefore refuses.)
 */
import fs from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { XARF_CONTENT_TYPES_USED } from './xarf.types.ts';

// ajv-formats is CommonJS: the default import is its module.exports, whose `default` is the plugin.
const addFormats = addFormatsModule.default;

export type XarfValidation = { ok: true } | { ok: false; errors: string[] };

type Compiled = {
  /** xarf-core.json: for a report whose type has no schema, to name its other faults too. */
  core: ValidateFunction;
  /** By content type: the schema whose `type` const it is. */
  byType: Map<string, ValidateFunction>;
};

const schemasDir = new URL('./schemas/', import.meta.url);
/** The types about children, which XARF v4 says carry no visual content (see the header). */
const NO_MEDIA_TYPES: readonly string[] = XARF_CONTENT_TYPES_USED;
let compiled: Compiled | undefined;

/** Whether `report` is a valid XARF v4 content report; if not, one readable line per fault. */
export function validateXarf(report: unknown): XarfValidation {
  const { core, byType } = load();
  if (typeof report !== 'object' || report === null || Array.isArray(report)) {
    return { ok: false, errors: ['(report): must be a JSON object'] };
  }
  const { category, type } = report as Record<string, unknown>;
  const errors: string[] = [];
  const typeSchema = typeof type === 'string' ? byType.get(type) : undefined;
  if (category !== 'content') {
    errors.push(`/category: must be "content" (the only XARF category Vigie sends or checks)`);
  }
  if (!typeSchema) {
    errors.push(`/type: must be one of ${[...byType.keys()].join(', ')}`);
  }
  const validate = typeSchema ?? core;
  if (!validate(report)) errors.push(...describe(validate.errors ?? []));
  if (typeof type === 'string' && NO_MEDIA_TYPES.includes(type)) {
    for (const field of ['evidence', 'screenshot_url']) {
      if (field in report) {
        errors.push(
          `/${field}: a ${type} report carries no media, only hash values (Vigie, after the XARF v4 evidence notes)`,
        );
      }
    }
  }
  const unique = [...new Set(errors)];
  return unique.length === 0 ? { ok: true } : { ok: false, errors: unique };
}

/** The content types the vendored schemas define (what `type` may be). */
export function xarfContentTypes(): string[] {
  return [...load().byType.keys()];
}

function load(): Compiled {
  if (compiled) return compiled;
  // allErrors: the sender sees every fault at once. strict stays on; the schemas' own annotation
  // keyword (`x-recommended`) is declared so strict mode accepts it.
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addKeyword('x-recommended');
  const core = readSchema('xarf-core.json');
  ajv.addSchema(core);
  const typeFiles = fs
    .readdirSync(new URL('types/', schemasDir))
    .filter((f) => f.startsWith('content-') && f.endsWith('.json'))
    .sort();
  const typed: { type: string; id: string }[] = [];
  for (const file of typeFiles) {
    const schema = readSchema(`types/${file}`);
    ajv.addSchema(schema);
    const type = typeConst(schema);
    if (type) typed.push({ type, id: schema.$id });
  }
  const byType = new Map<string, ValidateFunction>();
  for (const { type, id } of typed) {
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`XARF schema ${id} did not compile`);
    byType.set(type, validate);
  }
  const coreValidate = ajv.getSchema(core.$id);
  if (!coreValidate) throw new Error('the XARF core schema did not compile');
  compiled = { core: coreValidate, byType };
  return compiled;
}

type SchemaJson = { $id: string; allOf?: { properties?: { type?: { const?: unknown } } }[] };

function readSchema(relative: string): SchemaJson {
  return JSON.parse(fs.readFileSync(new URL(relative, schemasDir), 'utf8')) as SchemaJson;
}

/** A type schema says which type it is by `allOf[…].properties.type.const`; the base says none. */
function typeConst(schema: SchemaJson): string | undefined {
  for (const part of schema.allOf ?? []) {
    const value = part.properties?.type?.const;
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** One line per fault, naming the field: "/reporter/contact: is required". */
function describe(errors: ErrorObject[]): string[] {
  return (
    errors
      // "must match allOf/then schema" repeats what the nested errors say.
      .filter((e) => !['if', 'allOf', 'anyOf', 'oneOf'].includes(e.keyword))
      .map((e) => {
        if (e.keyword === 'required') {
          const missing = (e.params as { missingProperty: string }).missingProperty;
          return `${e.instancePath}/${missing}: is required`;
        }
        if (e.keyword === 'additionalProperties') {
          const extra = (e.params as { additionalProperty: string }).additionalProperty;
          return `${e.instancePath}/${extra}: is not allowed here`;
        }
        if (e.keyword === 'enum' || e.keyword === 'const') {
          const allowed = (e.params as { allowedValues?: unknown[]; allowedValue?: unknown })
            .allowedValues ?? [(e.params as { allowedValue?: unknown }).allowedValue];
          return `${e.instancePath || '(report)'}: must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
        }
        return `${e.instancePath || '(report)'}: ${e.message ?? 'is invalid'}`;
      })
  );
}
