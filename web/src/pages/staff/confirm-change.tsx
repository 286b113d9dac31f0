/**
 * The question asked before an account change that is hard to see and costly to get wrong: a new
 * role (one slip of a select could make someone an administrator) or disabling an account. A modal
 * dialog (the browser's own: focus stays inside, Escape cancels) says what the change does; nothing
 * is sent until the person confirms.
 */
import { useEffect, useRef } from 'react';
import type { Role, StaffMember } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export type PendingChange = { member: StaffMember } & ({ kind: 'role'; role: Role } | { kind: 'disable' });

export function ConfirmChange(props: { change: PendingChange; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const { change } = props;
  const name = change.member.display_name;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const title = change.kind === 'role' ? t.staff.confirmRoleTitle(name) : t.staff.confirmDisableTitle(name);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby="confirm-change-title"
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="confirm-change-title">{title}</h2>
      {change.kind === 'role' ? (
        <>
          <p>{t.staff.confirmRole(name, t.roles[change.member.role], t.roles[change.role])}</p>
          <p>{t.staff.roleMeans[change.role]}</p>
        </>
      ) : (
        <p>{t.staff.confirmDisable(name)}</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={props.onCancel}>
          {t.common.cancel}
        </button>
        <button type="button" className="button" onClick={props.onConfirm}>
          {change.kind === 'role' ? t.staff.confirmRoleAction : t.staff.confirmDisableAction}
        </button>
      </div>
    </dialog>
  );
}
