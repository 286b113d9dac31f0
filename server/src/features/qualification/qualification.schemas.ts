/**
 * Requests and responses of legal qualification: assessments, four eyes, derived items, item detail
 * and history. The React staff app imports these types; one schema drives validation, types and the
 * OpenAPI document. What the pack allows (legal bases of a category, detail fields) is checked in
 * assessment-rules.ts, since it depends on the chosen category.
 */
import { z } from 'zod';
import { publicCategoryIds } from '../../jurisdictions/index.ts';
import { VERDICTS } from '../../jurisdictions/jurisdiction.ts';
import { LANGUAGES } from '../../platform/i18n/language.ts';
import { CHANNELS, newReportBody, PUBLIC_STATUSES, REPORTER_KINDS } from '../intake/index.ts';
import { claimInfo, ITEM_ORIGINS, ITEM_STATES, queueItem } from '../triage/index.ts';
import { ASSESSMENT_STATUSES, RESOLUTIONS, SECOND_DECISIONS } from './qualification.tables.ts';

export { VERDICTS, type Verdict } from '../../jurisdictions/jurisdiction.ts';
export {
  ASSESSMENT_STATUSES,
  type AssessmentStatus,
  COUNTING_STATUSES,
  RESOLUTIONS,
  type Resolution,
  SECOND_DECISIONS,
  type SecondDecision,
} from './qualification.tables.ts';

/** The version of the item the client last saw (items.version); a stale one gets 409 item.version_conflict. */
const version = z.number().int().min(1);
const notes = z.string().trim().max(5000);

export const qualification = z.strictObject({
  category: z.enum(publicCategoryIds),
  /** Legal basis codes of the category, from GET /api/qualification/catalogue. */
  legal_bases: z.array(z.string().max(100)).max(20).default([]),
  verdict: z.enum(VERDICTS),
  /** Detail field id → option id, for the category's detail fields. */
  details: z.record(z.string().max(100), z.string().max(100)).default({}),
  notes: notes.optional(),
});
export type Qualification = z.output<typeof qualification>;

export const newAssessmentBody = qualification.extend({ version });
export type NewAssessmentBody = z.input<typeof newAssessmentBody>;

export const secondOpinionBody = z
  .strictObject({ version, decision: z.enum(SECOND_DECISIONS), notes: notes.optional() })
  .refine((b) => b.decision === 'agree' || (b.notes ?? '').length > 0, {
    message: 'say why you disagree',
    path: ['notes'],
  });
export type SecondOpinionBody = z.input<typeof secondOpinionBody>;

export const resolveBody = z
  .strictObject({
    version,
    /** uphold: the first analyst's assessment stands; replace: the supervisor's own qualification counts. */
    decision: z.enum(RESOLUTIONS),
    assessment: qualification.optional(),
    notes: notes.min(1, 'say why'),
  })
  .refine((b) => (b.decision === 'replace') === (b.assessment !== undefined), {
    message: 'give an assessment when, and only when, the decision is replace',
    path: ['assessment'],
  });
export type ResolveBody = z.input<typeof resolveBody>;

export const derivedItemsBody = z.strictObject({
  /** URLs found from this item (same gallery, mirrors, the uploader's other posts). */
  urls: newReportBody.shape.urls,
  note: z.string().trim().max(2000).optional(),
});
export type DerivedItemsBody = z.input<typeof derivedItemsBody>;

const person = z.object({ id: z.string(), display_name: z.string() });

export const assessment = z.object({
  id: z.string(),
  item_id: z.string(),
  analyst: person,
  category: z.string(),
  legal_bases: z.array(z.string()),
  verdict: z.enum(VERDICTS),
  details: z.record(z.string(), z.string()),
  notes: z.string().nullable(),
  status: z.enum(ASSESSMENT_STATUSES),
  /** Whether this is the item's verdict now. */
  counts: z.boolean(),
  second_opinion: z
    .object({
      analyst: person,
      decision: z.enum(SECOND_DECISIONS),
      notes: z.string().nullable(),
      at: z.string(),
    })
    .nullable(),
  resolution: z
    .object({
      supervisor: person,
      decision: z.enum(RESOLUTIONS),
      notes: z.string().nullable(),
      at: z.string(),
    })
    .nullable(),
  created_at: z.string(),
});
export type Assessment = z.output<typeof assessment>;

export const itemSummary = z.object({
  id: z.string(),
  state: z.enum(ITEM_STATES),
  category: z.string(),
  version: z.number(),
});

export const assessmentResponse = z.object({ assessment, item: itemSummary });
export type AssessmentResponse = z.output<typeof assessmentResponse>;

/** What a report says about the item, without anything that could identify the reporter. */
export const reportContext = z.object({
  /** The report's internal id (for reporter feedback); not its tracking code. */
  id: z.string(),
  received_at: z.string(),
  channel: z.enum(CHANNELS),
  reporter_kind: z.enum(REPORTER_KINDS),
  claimed_category: z.string(),
  description: z.string().nullable(),
  language: z.enum(LANGUAGES),
  /** What the reporter currently sees on their tracking page. */
  public_status: z.enum(PUBLIC_STATUSES),
});

const linkedItem = z.object({
  id: z.string(),
  url: z.string(),
  state: z.enum(ITEM_STATES),
  category: z.string(),
  origin: z.enum(ITEM_ORIGINS),
  first_reported_at: z.string(),
});

export const itemDetail = z.object({
  item: queueItem.extend({ parent_item_id: z.string().nullable(), updated_at: z.string() }),
  reports: z.array(reportContext),
  assessments: z.array(assessment),
  parent: linkedItem.nullable(),
  /** The item this one was marked a duplicate of (it took that item's final verdict). */
  duplicate_of: linkedItem.nullable(),
  derived_items: z.array(linkedItem),
  claim: claimInfo.nullable(),
});
export type ItemDetail = z.output<typeof itemDetail>;

export const derivedItemsResponse = z.object({
  items: z.array(z.object({ id: z.string(), url: z.string(), created: z.boolean() })),
});
export type DerivedItemsResponse = z.output<typeof derivedItemsResponse>;

export const historyEntry = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('report'),
    at: z.string(),
    channel: z.enum(CHANNELS),
    reporter_kind: z.enum(REPORTER_KINDS),
    claimed_category: z.string(),
  }),
  z.object({
    kind: z.literal('event'),
    at: z.string(),
    seq: z.number(),
    actor_label: z.string(),
    action: z.string(),
    details: z.record(z.string(), z.unknown()),
  }),
  z.object({ kind: z.literal('assessment'), at: z.string(), assessment }),
]);
export const itemHistoryResponse = z.object({ item_id: z.string(), entries: z.array(historyEntry) });
export type ItemHistory = z.output<typeof itemHistoryResponse>;

const localised = z.object({ fr: z.string(), en: z.string() });
const catalogueCategory = z.object({
  id: z.string(),
  label: localised,
  severity: z.number(),
  assess_within_hours: z.number(),
  legal_bases: z.array(z.object({ code: z.string(), reference: z.string(), title: localised })),
  detail_fields: z.array(
    z.object({
      id: z.string(),
      label: localised,
      required: z.boolean(),
      options: z.array(z.object({ id: z.string(), label: localised })),
    }),
  ),
});
export const catalogueResponse = z.object({
  jurisdiction: z.string(),
  /** The jurisdiction's country (ISO 3166-1 alpha-2): the queue's "hosted in this country / abroad". */
  country: z.string(),
  categories: z.array(catalogueCategory),
  /** The public's "not sure" category: usable only with verdicts that need no legal basis. */
  categories_other: catalogueCategory,
  verdicts: z.array(
    z.object({
      id: z.enum(VERDICTS),
      label: localised,
      needs_legal_basis: z.boolean().describe('This verdict must name at least one legal basis'),
      needs_details: z.boolean().describe('This verdict must answer the category’s required detail fields'),
    }),
  ),
  four_eyes: z.array(z.object({ verdict: z.enum(VERDICTS), severities: z.array(z.number()) })),
});
export type Catalogue = z.output<typeof catalogueResponse>;

export const assessmentIdParam = z.object({ id: z.uuid('not an assessment id') });
