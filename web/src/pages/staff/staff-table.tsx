/** Admin: the staff accounts' table, each row with its role, two-step verification, status, last sign-in and actions. */
import type { Role, StaffMember } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ROLE_LIST } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { SelectField, TableScroll } from '../../ui.tsx';
import type { PendingChange } from './confirm-change.tsx';

export function StaffTable(props: {
  members: StaffMember[];
  /** The account a change is being saved for. */
  busyId: string | undefined;
  onPending(change: PendingChange): void;
  onEnable(member: StaffMember): void;
  onReset(member: StaffMember): void;
}) {
  const { t, formatDateTime } = useI18n();
  const { staff: me } = useSignedIn();
  const statusOf = (m: StaffMember) =>
    m.disabled ? (
      <span className="badge badge-off">{t.staff.disabled}</span>
    ) : (
      <span className="badge badge-on">{t.staff.active}</span>
    );
  return (
    <TableScroll label={t.staff.listTitle}>
      <table className="data-table staff-table">
        <thead>
          <tr>
            <th scope="col">{t.staff.name}</th>
            <th scope="col">{t.staff.role}</th>
            <th scope="col">{t.staff.twoFactor}</th>
            <th scope="col">{t.staff.status}</th>
            <th scope="col">{t.staff.lastSignIn}</th>
            <th scope="col">{t.staff.actions}</th>
          </tr>
        </thead>
        <tbody>
          {props.members.map((m) => {
            const self = m.id === me.id;
            const busy = props.busyId === m.id;
            return (
              <tr key={m.id}>
                <th scope="row" data-label={t.staff.name}>
                  <span className="member-name">
                    {m.display_name} {self ? <span className="muted">{t.staff.you}</span> : null}
                  </span>
                  <span className="member-email">{m.email}</span>
                </th>
                <td data-label={t.staff.role}>
                  <SelectField
                    label={t.staff.changeRole(m.display_name)}
                    hideLabel
                    value={m.role}
                    disabled={self || busy}
                    onChange={(value) => props.onPending({ member: m, kind: 'role', role: value as Role })}
                    options={ROLE_LIST.map((r) => ({ value: r, label: t.roles[r] }))}
                  />
                </td>
                <td data-label={t.staff.twoFactor}>
                  <span className={m.totp_enabled ? 'badge badge-on' : 'badge badge-off'}>
                    {m.totp_enabled ? t.staff.totpOn : t.staff.totpOff}
                  </span>
                </td>
                <td data-label={t.staff.status}>{statusOf(m)}</td>
                <td data-label={t.staff.lastSignIn}>
                  {m.last_login_at ? (
                    formatDateTime(m.last_login_at)
                  ) : (
                    <span className="muted">{t.common.never}</span>
                  )}
                </td>
                <td data-label={t.staff.actions}>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      disabled={self || busy}
                      aria-label={
                        m.disabled
                          ? t.staff.enableLabel(m.display_name)
                          : t.staff.disableLabel(m.display_name)
                      }
                      onClick={() =>
                        m.disabled ? props.onEnable(m) : props.onPending({ member: m, kind: 'disable' })
                      }
                    >
                      {m.disabled ? t.staff.enable : t.staff.disable}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      disabled={self || busy}
                      aria-label={t.staff.resetLabel(m.display_name)}
                      onClick={() => props.onReset(m)}
                    >
                      {t.staff.reset}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
