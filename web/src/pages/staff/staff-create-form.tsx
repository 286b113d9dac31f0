/** Admin: add a staff member; the server answers with their one-time setup link. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { describeError, isSessionLost } from '../../api/describe-error.ts';
import { staffApi } from '../../api/endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { CreateStaffResponse, Language, Role } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ROLE_LIST } from '../../roles.ts';
import { ErrorMessage, Field, SelectField } from '../../ui.tsx';

export function StaffCreateForm({ onCreated }: { onCreated(response: CreateStaffResponse): void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('analyst');
  const [language, setLanguage] = useState<Language>('fr');
  const [error, setError] = useState<string>();
  const create = useMutation({
    mutationFn: staffApi.create,
    onMutate: () => setError(undefined),
    onSuccess: (response) => {
      setEmail('');
      setDisplayName('');
      queryClient.invalidateQueries({ queryKey: queryKeys.staff });
      onCreated(response);
    },
    onError: (err) => isSessionLost(err) || setError(describeError(err, t)),
  });
  const busy = create.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ email: email.trim(), display_name: displayName.trim(), role, language });
  };

  return (
    <form className="panel create-form" onSubmit={submit} noValidate aria-labelledby="create-title">
      <h2 id="create-title">{t.staff.createTitle}</h2>
      <div className="form-grid">
        <Field
          label={t.staff.email}
          type="email"
          name="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Field
          label={t.staff.displayName}
          name="display_name"
          autoComplete="off"
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
        <SelectField
          label={t.staff.role}
          name="role"
          value={role}
          onChange={(value) => setRole(value as Role)}
          options={ROLE_LIST.map((r) => ({ value: r, label: t.roles[r] }))}
        />
        <SelectField
          label={t.staff.language}
          name="language"
          value={language}
          onChange={(value) => setLanguage(value as Language)}
          options={[
            { value: 'fr', label: t.language.fr },
            { value: 'en', label: t.language.en },
          ]}
        />
      </div>
      <ErrorMessage>{error}</ErrorMessage>
      <button type="submit" className="button" disabled={busy || !email.trim() || !displayName.trim()}>
        {t.staff.create}
      </button>
    </form>
  );
}
