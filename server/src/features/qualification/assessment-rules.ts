/**
 * What the jurisdiction pack requires of an assessment: the category's own legal bases, its detail
 * fields, and which verdicts need a second analyst (four eyes). Pure functions over the pack, so the
 * rules are data and a second country needs no code change.
 */
import type { JurisdictionPack, Verdict } from '../../jurisdictions/jurisdiction.ts';
import { badRequest } from '../../platform/errors.ts';
import type { Qualification } from './qualification.schemas.ts';

/** Verdicts saying the content breaks the law or harms minors: they must say why, in the pack's terms. */
export const ADVERSE: readonly Verdict[] = ['illegal', 'harmful_to_minors'];
/** Verdicts that must name at least one of the category's legal bases. */
export const NEEDS_LEGAL_BASIS: readonly Verdict[] = ['illegal'];

export function checkQualification(pack: JurisdictionPack, q: Qualification): void {
  const category = pack.categories.find((c) => c.id === q.category);
  if (!category) {
    // "other" is what the public picks when unsure; an adverse verdict needs a real category.
    if (ADVERSE.includes(q.verdict)) {
      throw badRequest(
        'assessment.category_required',
        `A verdict of ${q.verdict} needs a category from the pack, not "${q.category}".`,
      );
    }
    if (q.legal_bases.length > 0 || Object.keys(q.details).length > 0) {
      throw badRequest('assessment.invalid', `Category "${q.category}" has no legal bases or details.`);
    }
    return;
  }
  const codes = category.legalBases.map((b) => b.code);
  const unknown = q.legal_bases.filter((code) => !codes.includes(code));
  if (unknown.length > 0) {
    throw badRequest(
      'assessment.unknown_legal_basis',
      `Not a legal basis of ${category.id}: ${unknown.join(', ')}. Choose from ${codes.join(', ')}.`,
      { field: 'legal_bases' },
    );
  }
  if (new Set(q.legal_bases).size !== q.legal_bases.length) {
    throw badRequest('assessment.invalid', 'A legal basis is listed twice.', { field: 'legal_bases' });
  }
  if (NEEDS_LEGAL_BASIS.includes(q.verdict) && q.legal_bases.length === 0) {
    throw badRequest(
      'assessment.legal_basis_required',
      'An illegal verdict needs at least one legal basis.',
      {
        field: 'legal_bases',
      },
    );
  }
  const fields = category.detailFields ?? [];
  for (const [key, value] of Object.entries(q.details)) {
    const field = fields.find((f) => f.id === key);
    if (!field) {
      const allowed = fields.map((f) => f.id).join(', ') || 'none';
      throw badRequest(
        'assessment.unknown_detail',
        `No detail "${key}" for ${category.id} (allowed: ${allowed}).`,
        {
          field: `details.${key}`,
        },
      );
    }
    if (!field.options.some((o) => o.id === value)) {
      throw badRequest(
        'assessment.invalid_detail',
        `"${value}" is not an option of ${key}: choose from ${field.options.map((o) => o.id).join(', ')}.`,
        { field: `details.${key}` },
      );
    }
  }
  if (ADVERSE.includes(q.verdict)) {
    const missing = fields.filter((f) => f.required && q.details[f.id] === undefined).map((f) => f.id);
    if (missing.length > 0) {
      throw badRequest(
        'assessment.detail_required',
        `For ${category.id}, also record: ${missing.join(', ')}.`,
        {
          field: `details.${missing[0]}`,
        },
      );
    }
  }
}

/** Whether this verdict on this category counts only once a second analyst agrees. */
export function needsFourEyes(pack: JurisdictionPack, categoryId: string, verdict: Verdict): boolean {
  const category = pack.categories.find((c) => c.id === categoryId);
  if (!category) return false;
  return pack.fourEyes.some(
    (rule) => rule.verdict === verdict && rule.severities.includes(category.severity),
  );
}
