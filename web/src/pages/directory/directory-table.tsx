/** The directory's table: each entry's matches, contact, language, notes, last change, and (for its keepers) edit and delete. */
import { useEffect, useRef } from 'react';
import type { DirectoryEntryView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { TableScroll } from '../../ui.tsx';

export function DirectoryTable(props: {
  entries: DirectoryEntryView[];
  mayEdit: boolean;
  /** The entry whose deletion waits for confirmation in its row. */
  confirming: string | undefined;
  busyId: string | undefined;
  onConfirming(id: string | undefined): void;
  onEdit(entry: DirectoryEntryView): void;
  onRemove(entry: DirectoryEntryView): void;
}) {
  const { t, formatDateTime } = useI18n();
  const d = t.directory;
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.confirming) confirmRef.current?.focus();
  }, [props.confirming]);
  return (
    <TableScroll label={d.title}>
      <table className="data-table directory-table">
        <thead>
          <tr>
            <th scope="col">{d.columns.name}</th>
            <th scope="col">{d.columns.matches}</th>
            <th scope="col">{d.columns.contact}</th>
            <th scope="col">{d.columns.language}</th>
            <th scope="col">{d.columns.notes}</th>
            <th scope="col">{d.columns.updated}</th>
            {props.mayEdit ? <th scope="col">{d.columns.actions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">
                <span className="member-name">{entry.name}</span>
                <span className="badge badge-off">{d.kinds[entry.kind]}</span>
              </th>
              <td data-label={d.columns.matches}>
                <span className="mono match-list">
                  {[...entry.domains, ...entry.asns.map(d.asn)].join(', ')}
                </span>
              </td>
              <td data-label={d.columns.contact}>
                <span className="contact-channel">{d.channels[entry.channel]}</span>
                <span className="mono contact-address">{entry.address}</span>
              </td>
              <td data-label={d.columns.language}>
                <span className="mono">{entry.language}</span>
              </td>
              <td data-label={d.columns.notes}>
                <span className="directory-notes">
                  {entry.trusted_flagger ? (
                    <span>
                      <strong>{d.trustedFlagger}</strong> {entry.trusted_flagger}
                    </span>
                  ) : null}
                  {entry.notes ? <span>{entry.notes}</span> : null}
                  {entry.trusted_flagger || entry.notes ? null : <span className="muted">—</span>}
                </span>
              </td>
              <td data-label={d.columns.updated}>
                <span className="muted">
                  {d.updatedBy(formatDateTime(entry.updated_at), entry.updated_by)}
                </span>
              </td>
              {props.mayEdit ? (
                <td data-label={d.columns.actions}>
                  <div className="row-actions">
                    {props.confirming === entry.id ? (
                      <>
                        <button
                          type="button"
                          ref={confirmRef}
                          className="button button-small button-danger"
                          aria-label={d.confirmRemoveLabel(entry.name)}
                          disabled={props.busyId === entry.id}
                          onClick={() => props.onRemove(entry)}
                        >
                          {d.confirmRemove}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-secondary"
                          onClick={() => props.onConfirming(undefined)}
                        >
                          {d.cancel}
                        </button>
                      </>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="button button-small button-secondary"
                          aria-label={d.editLabel(entry.name)}
                          onClick={() => props.onEdit(entry)}
                        >
                          {d.edit}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-secondary"
                          aria-label={d.removeLabel(entry.name)}
                          onClick={() => props.onConfirming(entry.id)}
                        >
                          {d.remove}
                        </button>
                      </>
                    )}
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
