/**
 * What to do with the items ticked in the queue: claim them, hand them to someone (whoever may
 * reassign), close them with one verdict, or mark them as duplicates of another item. One call per action; the server handles each item on
 * its own and the page shows what happened to each (queue-bulk-summary.tsx).
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { staffApi } from '../../api/endpoints.ts';
import { type BulkResponse, bulkApi, type ClosingVerdict } from '../../api/queue-bulk-endpoints.ts';
import type { QueueItem } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { SelectField } from '../../ui.tsx';
import { BulkDuplicate } from './queue-bulk-duplicate.tsx';

type Action =
  | { kind: 'claim' }
  | { kind: 'assign'; to: string }
  | { kind: 'close'; verdict: ClosingVerdict }
  | { kind: 'duplicate'; of: string };

export function QueueBulkBar(props: {
  selected: QueueItem[];
  mayClaim: boolean;
  mayAssign: boolean;
  onDone(response: BulkResponse): void;
  /** `known`: the refusal in the interface's language, when the bulk actions have words for it. */
  onError(err: unknown, known?: string): void;
  onClear(): void;
}) {
  const { t } = useI18n();
  const b = t.queueTable;
  const s = t.workspace.supervision;
  const [to, setTo] = useState('');
  const [verdict, setVerdict] = useState('');
  const people = useQuery({
    queryKey: ['staff', 'assignable'],
    queryFn: staffApi.assignable,
    enabled: props.mayAssign,
  });
  const run = useMutation({
    mutationFn: (action: Action) => {
      const ids = props.selected.map((i) => i.id);
      if (action.kind === 'claim') return bulkApi.claim({ item_ids: ids });
      if (action.kind === 'assign') return bulkApi.assign({ item_ids: ids, staff_id: action.to });
      const items = props.selected.map((i) => ({ id: i.id, version: i.version }));
      if (action.kind === 'duplicate') return bulkApi.duplicate({ items, duplicate_of: action.of });
      return bulkApi.close({ items, verdict: action.verdict });
    },
    onSuccess: (response) => {
      setTo('');
      setVerdict('');
      props.onDone(response);
    },
    onError: (err) => props.onError(err, err instanceof ApiError ? b.reasons[err.code] : undefined),
  });
  const count = props.selected.length;
  if (count === 0) return null;
  const busy = run.isPending;

  return (
    <section className="bulk-bar" aria-label={b.bulkActions}>
      <p className="bulk-count" aria-live="polite">
        <strong>{b.selected(count)}</strong>
        {busy ? <span className="muted"> — {b.working}</span> : null}
      </p>
      {props.mayClaim ? (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => run.mutate({ kind: 'claim' })}
        >
          {b.claimSelected}
        </button>
      ) : null}
      {props.mayAssign ? (
        <div className="bulk-group">
          <SelectField
            label={b.assignTo}
            value={to}
            onChange={setTo}
            options={[
              { value: '', label: b.choosePerson },
              ...(people.data?.staff ?? []).map((p) => ({
                value: p.id,
                label: s.person(p.display_name, t.roles[p.role]),
              })),
            ]}
          />
          <button
            type="button"
            className="button button-secondary"
            disabled={busy || to === ''}
            onClick={() => run.mutate({ kind: 'assign', to })}
          >
            {b.assign}
          </button>
        </div>
      ) : null}
      {props.mayClaim ? (
        <div className="bulk-group">
          <SelectField
            label={b.closeAs}
            value={verdict}
            onChange={setVerdict}
            options={[
              { value: '', label: b.chooseVerdict },
              ...(Object.keys(b.verdicts) as ClosingVerdict[]).map((v) => ({
                value: v,
                label: b.verdicts[v],
              })),
            ]}
          />
          <button
            type="button"
            className="button button-secondary"
            disabled={busy || verdict === ''}
            title={b.closeNote}
            onClick={() => run.mutate({ kind: 'close', verdict: verdict as ClosingVerdict })}
          >
            {b.close}
          </button>
        </div>
      ) : null}
      {props.mayClaim ? (
        <BulkDuplicate busy={busy} onMark={(of) => run.mutate({ kind: 'duplicate', of })} />
      ) : null}
      <button type="button" className="link-button" onClick={props.onClear}>
        {b.clearSelection}
      </button>
    </section>
  );
}
