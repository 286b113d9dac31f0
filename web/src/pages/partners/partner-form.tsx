/** Adding or editing one partner hotline: a small form that checks itself, then saves. */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { describeError, isSessionLost } from '../../api/describe-error.ts';
import { partnersApi } from '../../api/partners-endpoints.ts';
import type { Language, PartnerChannel, PartnerHotlineBody, PartnerHotlineView } from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, Field, SelectField, useFocusHeading } from '../../ui.tsx';
import { checkForm, emptyForm, formOf, type PartnerFormValues } from './partner-form-check.ts';

type Props = { hotline?: PartnerHotlineView; onSaved(hotline: PartnerHotlineView): void; onCancel(): void };

export function PartnerForm({ hotline, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const p = t.partners;
  const f = p.form;
  const [values, setValues] = useState<PartnerFormValues>(hotline ? formOf(hotline) : emptyForm);
  const [error, setError] = useState<string>();
  const save = useMutation({
    mutationFn: (body: PartnerHotlineBody) =>
      hotline ? partnersApi.replace(hotline.id, body) : partnersApi.create(body),
    onSuccess: (saved) => onSaved(saved.hotline),
    onError: (err) => isSessionLost(err) || setError(partnerError(err, t)),
  });
  const busy = save.isPending;
  const heading = useFocusHeading<HTMLHeadingElement>();
  const ids = { title: useId(), notes: useId() };
  const set =
    <K extends keyof PartnerFormValues>(key: K) =>
    (value: PartnerFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkForm(values, t);
    if ('problem' in checked) return setError(checked.problem);
    setError(undefined);
    save.mutate(checked.body);
  };

  return (
    <form
      className="panel panel-highlight directory-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={ids.title}
    >
      <h2 id={ids.title} ref={heading} tabIndex={-1}>
        {hotline ? f.editTitle(hotline.name) : f.addTitle}
      </h2>
      <div className="form-grid">
        <Field
          label={f.country}
          hint={f.countryHint}
          name="country"
          required
          autoComplete="off"
          maxLength={2}
          className="mono"
          value={values.country}
          onChange={(e) => set('country')(e.target.value.toUpperCase())}
        />
        <Field
          label={f.name}
          name="name"
          required
          autoComplete="off"
          maxLength={200}
          value={values.name}
          onChange={(e) => set('name')(e.target.value)}
        />
        <SelectField
          label={f.channel}
          name="channel"
          value={values.channel}
          onChange={(value) => set('channel')(value as PartnerChannel)}
          options={(Object.keys(p.channels) as PartnerChannel[]).map((c) => ({
            value: c,
            label: p.channels[c],
          }))}
        />
        <Field
          label={f.address}
          hint={f.addressHint[values.channel]}
          name="address"
          type={values.channel === 'email' ? 'email' : 'url'}
          autoComplete="off"
          value={values.address}
          onChange={(e) => set('address')(e.target.value)}
        />
        <SelectField
          label={f.language}
          name="language"
          value={values.language}
          onChange={(value) => set('language')(value as Language)}
          options={(Object.keys(p.languages) as Language[]).map((l) => ({ value: l, label: p.languages[l] }))}
        />
        <Field
          label={f.website}
          name="website"
          type="url"
          autoComplete="off"
          value={values.website}
          onChange={(e) => set('website')(e.target.value)}
        />
        <Field
          label={f.checkedOn}
          name="checked_on"
          type="date"
          value={values.checkedOn}
          onChange={(e) => set('checkedOn')(e.target.value)}
        />
      </div>
      <label className="check partner-active">
        <input
          type="checkbox"
          name="active"
          checked={values.active}
          onChange={(e) => set('active')(e.target.checked)}
        />
        <span>{f.active}</span>
      </label>
      <div className="field">
        <label htmlFor={ids.notes}>{f.notes}</label>
        <textarea
          id={ids.notes}
          name="notes"
          rows={2}
          maxLength={2000}
          value={values.notes}
          onChange={(e) => set('notes')(e.target.value)}
        />
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <div className="row-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? f.saving : f.save}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          {p.cancel}
        </button>
      </div>
    </form>
  );
}

/** The server's refusal in the person's language where the code is known. */
export function partnerError(err: unknown, t: Messages): string {
  const e = t.partners.errors;
  if (err instanceof ApiError && err.code === 'partner.country_taken') {
    return e.countryTaken(String(err.details.country ?? ''), String(err.details.hotline ?? ''));
  }
  if (err instanceof ApiError && err.code === 'partner.own_country') return e.ownCountry;
  if (err instanceof ApiError && err.code === 'partner.not_found') return e.notFound;
  return describeError(err, t);
}
