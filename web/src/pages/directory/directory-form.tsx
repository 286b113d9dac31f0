/** Adding or editing one directory entry: a small form that checks itself, then saves. */
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { describeError, isSessionLost } from '../../api/describe-error.ts';
import { directoryApi } from '../../api/directory-endpoints.ts';
import type {
  ContactChannel,
  DirectoryEntryBody,
  DirectoryEntryView,
  DirectoryKind,
} from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage, Field, SelectField, useFocusHeading } from '../../ui.tsx';
import { checkForm, type DirectoryFormValues, emptyForm, formOf } from './directory-form-check.ts';

type Props = { entry?: DirectoryEntryView; onSaved(entry: DirectoryEntryView): void; onCancel(): void };

export function DirectoryForm({ entry, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const d = t.directory;
  const f = d.form;
  const [values, setValues] = useState<DirectoryFormValues>(entry ? formOf(entry) : emptyForm);
  const [error, setError] = useState<string>();
  const save = useMutation({
    mutationFn: (body: DirectoryEntryBody) =>
      entry ? directoryApi.replace(entry.id, body) : directoryApi.create(body),
    onSuccess: (saved) => onSaved(saved.entry),
    onError: (err) => isSessionLost(err) || setError(directoryError(err, t)),
  });
  const busy = save.isPending;
  const heading = useFocusHeading<HTMLHeadingElement>();
  const ids = { title: useId(), domains: useId(), domainsHint: useId(), notes: useId() };
  const set =
    <K extends keyof DirectoryFormValues>(key: K) =>
    (value: DirectoryFormValues[K]) =>
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
        {entry ? f.editTitle(entry.name) : f.addTitle}
      </h2>
      <div className="form-grid">
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
          label={f.kind}
          name="kind"
          value={values.kind}
          onChange={(value) => set('kind')(value as DirectoryKind)}
          options={(Object.keys(d.kinds) as DirectoryKind[]).map((k) => ({ value: k, label: d.kinds[k] }))}
        />
        <div className="field">
          <label htmlFor={ids.domains}>{f.domains}</label>
          <div className="hint" id={ids.domainsHint}>
            {f.domainsHint}
          </div>
          <textarea
            id={ids.domains}
            name="domains"
            rows={2}
            className="mono"
            aria-describedby={ids.domainsHint}
            value={values.domains}
            onChange={(e) => set('domains')(e.target.value)}
          />
        </div>
        <Field
          label={f.asns}
          hint={f.asnsHint}
          name="asns"
          inputMode="numeric"
          autoComplete="off"
          className="mono"
          value={values.asns}
          onChange={(e) => set('asns')(e.target.value)}
        />
        <SelectField
          label={f.channel}
          name="channel"
          value={values.channel}
          onChange={(value) => set('channel')(value as ContactChannel)}
          options={(Object.keys(d.channels) as ContactChannel[]).map((c) => ({
            value: c,
            label: d.channels[c],
          }))}
        />
        <Field
          label={f.address}
          hint={f.addressHint[values.channel]}
          name="address"
          type={values.channel === 'email' ? 'email' : 'url'}
          required
          autoComplete="off"
          value={values.address}
          onChange={(e) => set('address')(e.target.value)}
        />
        <Field
          label={f.language}
          hint={f.languageHint}
          name="language"
          maxLength={2}
          autoComplete="off"
          value={values.language}
          onChange={(e) => set('language')(e.target.value)}
        />
        <Field
          label={f.trustedFlagger}
          name="trusted_flagger"
          maxLength={500}
          autoComplete="off"
          value={values.trustedFlagger}
          onChange={(e) => set('trustedFlagger')(e.target.value)}
        />
      </div>
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
          {d.cancel}
        </button>
      </div>
    </form>
  );
}

/** The server's refusal in the person's language where the code is known. */
export function directoryError(err: unknown, t: Messages): string {
  const e = t.directory.errors;
  if (err instanceof ApiError && err.code === 'directory.match_taken') {
    return e.matchTaken(String(err.details.claimed ?? ''), String(err.details.entry ?? ''));
  }
  if (err instanceof ApiError && err.code === 'directory.not_found') return e.notFound;
  return describeError(err, t);
}
