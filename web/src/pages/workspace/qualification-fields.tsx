/**
 * The qualification fields, driven by the pack's catalogue: category, the category's legal bases,
 * verdict, the category's detail fields, notes. Controlled: the assessment form and the supervisor's
 * "replace" decision both use it.
 */
import { useId } from 'react';
import type { Catalogue, Verdict } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { SelectField } from '../../ui.tsx';
import { categoryOf } from './workspace-shared.ts';

export type QualificationDraft = {
  category: string;
  legal_bases: string[];
  verdict: Verdict | '';
  details: Record<string, string>;
  notes: string;
};

export const emptyDraft = (category: string): QualificationDraft => ({
  category,
  legal_bases: [],
  verdict: '',
  details: {},
  notes: '',
});

/** The body fields of a qualification, once a verdict is chosen. */
export function draftToQualification(draft: QualificationDraft) {
  if (!draft.verdict) return undefined;
  return {
    category: draft.category as never,
    legal_bases: draft.legal_bases,
    verdict: draft.verdict,
    details: draft.details,
    notes: draft.notes.trim() || undefined,
  };
}

export function needsFourEyes(catalogue: Catalogue, draft: QualificationDraft): boolean {
  const category = catalogue.categories.find((c) => c.id === draft.category);
  if (!category || !draft.verdict) return false;
  return catalogue.four_eyes.some(
    (r) => r.verdict === draft.verdict && r.severities.includes(category.severity),
  );
}

type Props = { catalogue: Catalogue; draft: QualificationDraft; onChange(draft: QualificationDraft): void };

export function QualificationFields({ catalogue, draft, onChange }: Props) {
  const { t, language } = useI18n();
  const f = t.workspace.qualify;
  const notesId = useId();
  const category = categoryOf(catalogue, draft.category);
  const categories = [...catalogue.categories, catalogue.categories_other];
  // What the chosen verdict requires (the server's rule, sent with the catalogue).
  const verdict = catalogue.verdicts.find((v) => v.id === draft.verdict);
  const toggleBasis = (code: string, on: boolean) =>
    onChange({
      ...draft,
      legal_bases: on ? [...draft.legal_bases, code] : draft.legal_bases.filter((c) => c !== code),
    });

  return (
    <>
      <div className="form-grid">
        <SelectField
          label={f.category}
          value={draft.category}
          onChange={(value) => onChange({ ...draft, category: value, legal_bases: [], details: {} })}
          options={categories.map((c) => ({ value: c.id, label: c.label[language] }))}
        />
        <SelectField
          label={f.verdict}
          value={draft.verdict}
          onChange={(value) => onChange({ ...draft, verdict: value as Verdict | '' })}
          options={[
            { value: '', label: f.choose },
            ...catalogue.verdicts.map((v) => ({ value: v.id, label: v.label[language] })),
          ]}
        />
      </div>
      <fieldset className="fieldset">
        <legend>
          {verdict?.needs_legal_basis ? `${f.legalBases} (${t.common.required})` : f.legalBases}
        </legend>
        {category && category.legal_bases.length > 0 ? (
          <>
            <p className="hint">{f.legalBasesHint}</p>
            {category.legal_bases.map((basis) => (
              <label key={basis.code} className="check">
                <input
                  type="checkbox"
                  checked={draft.legal_bases.includes(basis.code)}
                  onChange={(e) => toggleBasis(basis.code, e.target.checked)}
                />
                <span>
                  <span className="strong">{basis.reference}</span> — {basis.title[language]}
                </span>
              </label>
            ))}
          </>
        ) : (
          <p className="hint">{f.noLegalBases}</p>
        )}
      </fieldset>
      {category && category.detail_fields.length > 0 ? (
        <fieldset className="fieldset">
          <legend>{f.details}</legend>
          <div className="form-grid">
            {category.detail_fields.map((field) => (
              <SelectField
                key={field.id}
                label={
                  field.required && verdict?.needs_details
                    ? `${field.label[language]} (${t.common.required})`
                    : field.label[language]
                }
                value={draft.details[field.id] ?? ''}
                onChange={(value) => {
                  const details = { ...draft.details };
                  if (value) details[field.id] = value;
                  else delete details[field.id];
                  onChange({ ...draft, details });
                }}
                options={[
                  { value: '', label: f.choose },
                  ...field.options.map((o) => ({ value: o.id, label: o.label[language] })),
                ]}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor={notesId}>{f.notes}</label>
        <div className="hint" id={`${notesId}-hint`}>
          {f.notesHint}
        </div>
        <textarea
          id={notesId}
          aria-describedby={`${notesId}-hint`}
          rows={3}
          maxLength={5000}
          value={draft.notes}
          onChange={(e) => onChange({ ...draft, notes: e.target.value })}
        />
      </div>
    </>
  );
}
