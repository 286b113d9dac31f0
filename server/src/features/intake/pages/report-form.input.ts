/**
 * From the report form's fields to the API's `newReportBody`: the same rules as the API, with
 * errors in the reporter's language and attached to the field they concern. The addresses
 * arrive as one textarea, one address per line, which needs no JavaScript.
 */
import type { Language } from '../../../platform/i18n/language.ts';
import { type NewReport, newReportBody, normaliseReportedUrl } from '../index.ts';
import { type FieldError, readFormFields } from './form-fields.ts';

export const REPORT_FIELDS = ['category', 'urls', 'description', 'contact_email'] as const;
/** The hidden one-time token (form-token.ts); absent from pages older than it and from scripts. */
export const FORM_TOKEN_FIELD = 'form_token';
export type ReportField = (typeof REPORT_FIELDS)[number];
export type ReportFormValues = Record<ReportField, string>;
export type ReportFormErrors = FieldError<ReportField>[];

export type ReportFormResult =
  | { ok: true; report: NewReport; values: ReportFormValues; formToken: string | undefined }
  | { ok: false; values: ReportFormValues; errors: ReportFormErrors };

const MAX_URL_ERRORS_SHOWN = 5;
const shorten = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value);

export const emptyReportForm = (): ReportFormValues => ({
  category: '',
  urls: '',
  description: '',
  contact_email: '',
});

/** `isFormToken` tells a token this server issued from anything else, which is refused. */
export function readReportForm(
  body: unknown,
  language: Language,
  isFormToken: (token: string) => boolean,
): ReportFormResult {
  const read = readFormFields(body, [...REPORT_FIELDS, FORM_TOKEN_FIELD], ['urls']);
  const { form_token: formToken, ...values } = read.values;
  // A repeated token field is a forged post: reported for the whole form, no field to point at.
  const errors: ReportFormErrors = read.errors.map((e) =>
    e.field === FORM_TOKEN_FIELD ? { ...e, field: 'form' as const } : { ...e, field: e.field },
  );
  if (formToken !== '' && !isFormToken(formToken)) {
    errors.push({ field: 'form', text: (m) => m.errors.formExpired });
  }
  const lines = values.urls
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
  const parsed = newReportBody.safeParse({
    category: values.category || undefined,
    urls: lines.map((l) => l.text),
    description: values.description.trim() || undefined,
    language,
    contact_email: values.contact_email.trim() || undefined,
  });
  if (parsed.success && errors.length === 0) {
    return { ok: true, report: parsed.data, values, formToken: formToken || undefined };
  }

  const urlErrors: ReportFormErrors = [];
  for (const issue of parsed.error?.issues ?? []) {
    const [field, index] = issue.path;
    if (field === 'category') {
      errors.push({
        field,
        text: (m) => (values.category ? m.errors.categoryUnknown : m.errors.categoryMissing),
      });
    } else if (field === 'urls' && typeof index === 'number') {
      const entry = lines[index];
      if (!entry) continue;
      const check = normaliseReportedUrl(entry.text);
      const reason = check.ok ? 'too_long' : check.reason;
      const shown = shorten(entry.text);
      urlErrors.push({
        field,
        text: (m) =>
          reason === 'scheme'
            ? m.errors.urlScheme(entry.line, shown)
            : reason === 'too_long'
              ? m.errors.urlTooLong(entry.line)
              : m.errors.urlInvalid(entry.line, shown),
      });
    } else if (field === 'urls') {
      errors.push({
        field,
        text: (m) => (lines.length === 0 ? m.errors.urlsMissing : m.errors.urlsTooMany(lines.length)),
      });
    } else if (field === 'description') {
      const length = values.description.trim().length;
      errors.push({ field, text: (m) => m.errors.descriptionTooLong(length) });
    } else if (field === 'contact_email') {
      errors.push({ field, text: (m) => m.errors.emailInvalid });
    }
  }
  errors.push(...urlErrors.slice(0, MAX_URL_ERRORS_SHOWN));
  const hidden = urlErrors.length - MAX_URL_ERRORS_SHOWN;
  if (hidden > 0) errors.push({ field: 'urls', text: (m) => m.errors.moreUrlErrors(hidden) });
  return { ok: false, values, errors: sortByField(errors) };
}

/** The error summary lists problems in the order of the fields on the page. */
const order: (ReportField | 'form')[] = ['form', ...REPORT_FIELDS];
const sortByField = (errors: ReportFormErrors) =>
  [...errors].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
