/** The partner hotlines' table: each one's country, contact, language, last check, and (for its keepers) edit, deactivate and delete. */
import { useEffect, useMemo, useRef } from 'react';
import type { PartnerHotlineView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { TableScroll } from '../../ui.tsx';
import { CountryCode } from '../workspace/country.tsx';

export type PartnerAction = 'deactivate' | 'remove';
export type Confirming = { id: string; action: PartnerAction } | undefined;

export function PartnersTable(props: {
  hotlines: PartnerHotlineView[];
  mayEdit: boolean;
  /** The action waiting for confirmation in its row. */
  confirming: Confirming;
  busyId: string | undefined;
  onConfirming(confirming: Confirming): void;
  onEdit(hotline: PartnerHotlineView): void;
  onAct(hotline: PartnerHotlineView, action: PartnerAction): void;
}) {
  const { t, language } = useI18n();
  const p = t.partners;
  const { confirming } = props;
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  // checked_on is a calendar date: shown as written, whatever the browser's time zone.
  const formatDay = useMemo(() => {
    const format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
  }, [language]);
  return (
    <TableScroll label={p.title}>
      <table className="data-table directory-table partners-table">
        <thead>
          <tr>
            <th scope="col">{p.columns.name}</th>
            <th scope="col">{p.columns.country}</th>
            <th scope="col">{p.columns.contact}</th>
            <th scope="col">{p.columns.language}</th>
            <th scope="col">{p.columns.checkedOn}</th>
            {props.mayEdit ? <th scope="col">{p.columns.actions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.hotlines.map((hotline) => (
            <tr key={hotline.id} className={hotline.active ? undefined : 'row-inactive'}>
              <th scope="row">
                <span className="member-name">{hotline.name}</span>
                {hotline.active ? null : <span className="badge badge-off">{p.inactive}</span>}
                {hotline.website ? (
                  <a className="partner-website mono" href={hotline.website} rel="noreferrer noopener">
                    {hotline.website.replace(/^https:\/\//, '').replace(/\/$/, '')}
                  </a>
                ) : null}
                {hotline.notes ? <span className="directory-notes">{hotline.notes}</span> : null}
              </th>
              <td data-label={p.columns.country}>
                <CountryCode code={hotline.country} />
              </td>
              <td data-label={p.columns.contact}>
                <span className="contact-channel">{p.channels[hotline.channel]}</span>
                {hotline.address ? (
                  <span className="mono contact-address">{hotline.address}</span>
                ) : (
                  <span className="contact-none">{p.noAddress}</span>
                )}
              </td>
              <td data-label={p.columns.language}>{p.languages[hotline.language]}</td>
              <td data-label={p.columns.checkedOn}>
                {hotline.checked_on ? (
                  formatDay(hotline.checked_on)
                ) : (
                  <span className="badge badge-warn">{p.notChecked}</span>
                )}
              </td>
              {props.mayEdit ? (
                <td data-label={p.columns.actions}>
                  <div className="row-actions">
                    {confirming?.id === hotline.id ? (
                      <>
                        <button
                          type="button"
                          ref={confirmRef}
                          className="button button-small button-danger"
                          aria-label={
                            confirming.action === 'remove'
                              ? p.confirmRemoveLabel(hotline.name)
                              : p.confirmDeactivateLabel(hotline.name)
                          }
                          disabled={props.busyId === hotline.id}
                          onClick={() => props.onAct(hotline, confirming.action)}
                        >
                          {confirming.action === 'remove' ? p.confirmRemove : p.confirmDeactivate}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-secondary"
                          onClick={() => props.onConfirming(undefined)}
                        >
                          {p.cancel}
                        </button>
                      </>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="button button-small button-secondary"
                          aria-label={p.editLabel(hotline.name)}
                          onClick={() => props.onEdit(hotline)}
                        >
                          {p.edit}
                        </button>
                        {hotline.active ? (
                          <button
                            type="button"
                            className="button button-small button-secondary"
                            aria-label={p.deactivateLabel(hotline.name)}
                            onClick={() => props.onConfirming({ id: hotline.id, action: 'deactivate' })}
                          >
                            {p.deactivate}
                          </button>
                        ) : null}
                        <button
                          type="button"
                          className="button button-small button-secondary"
                          aria-label={p.removeLabel(hotline.name)}
                          onClick={() => props.onConfirming({ id: hotline.id, action: 'remove' })}
                        >
                          {p.remove}
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
