/** Supervision: hand an item to an analyst or supervisor, or free its claim. */
import { type FormEvent, useState } from 'react';
import type { Role } from '../../api/types.ts';
import { itemsApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { SelectField } from '../../ui.tsx';

export type Person = { id: string; display_name: string; role?: Role };

type Props = { itemId: string; url: string; people: Person[]; onDone(): void; onError(err: unknown): void };

export function ReassignForm({ itemId, url, people, onDone, onError }: Props) {
  const { t } = useI18n();
  const s = t.workspace.supervision;
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await itemsApi.reassign(itemId, { staff_id: to === '' ? null : to });
      onDone();
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="reassign-form" onSubmit={submit}>
      <SelectField
        label={s.reassignTo(url)}
        hideLabel
        value={to}
        onChange={setTo}
        options={[
          { value: '', label: s.releaseClaim },
          ...people.map((p) => ({
            value: p.id,
            label: p.role ? `${p.display_name} (${t.roles[p.role]})` : p.display_name,
          })),
        ]}
      />
      <button type="submit" className="button button-small button-secondary" disabled={busy}>
        {s.reassign}
      </button>
    </form>
  );
}
