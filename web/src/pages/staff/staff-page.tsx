/**
 * Admin: the staff accounts (role, two-step verification, active or disabled, last sign-in), with
 * role change, disable/enable and a fresh setup link; new accounts are added below the list.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, isSessionLost } from '../../api/describe-error.ts';
import { staffApi } from '../../api/endpoints.ts';
import type { Role, StaffMember, UpdateStaffBody } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ROLE_LIST } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import {
  CopyLink,
  ErrorMessage,
  Loading,
  SelectField,
  StatusMessage,
  TableScroll,
  useFocusHeading,
} from '../../ui.tsx';
import { ConfirmChange, type PendingChange } from './confirm-change.tsx';
import { StaffCreateForm } from './staff-create-form.tsx';

type SetupLink = { name: string; url: string };

export function StaffPage() {
  const { t, formatDateTime } = useI18n();
  const { staff: me, sessionLost } = useSignedIn();
  const [members, setMembers] = useState<StaffMember[]>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [link, setLink] = useState<SetupLink>();
  const [busyId, setBusyId] = useState<string>();
  const [pending, setPending] = useState<PendingChange>();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const linkRef = useRef<HTMLElement>(null);

  const fail = useCallback(
    (err: unknown) => (isSessionLost(err) ? sessionLost() : setError(describeError(err, t))),
    [sessionLost, t],
  );

  const load = useCallback(() => {
    staffApi.list().then((response) => setMembers(response.staff), fail);
  }, [fail]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once; a language switch must not refetch
  useEffect(load, []);

  useEffect(() => {
    if (link) linkRef.current?.focus();
  }, [link]);

  const update = async (member: StaffMember, body: UpdateStaffBody, done: (m: StaffMember) => string) => {
    setError(undefined);
    setBusyId(member.id);
    try {
      const { staff } = await staffApi.update(member.id, body);
      setMembers((list) => list?.map((m) => (m.id === staff.id ? staff : m)));
      setStatus(done(staff));
    } catch (err) {
      fail(err);
    } finally {
      setBusyId(undefined);
    }
  };

  const reset = async (member: StaffMember) => {
    setError(undefined);
    setBusyId(member.id);
    try {
      const { setup_url } = await staffApi.reset(member.id);
      setLink({ name: member.display_name, url: setup_url });
      load();
    } catch (err) {
      fail(err);
    } finally {
      setBusyId(undefined);
    }
  };

  const statusOf = (m: StaffMember) =>
    m.disabled ? (
      <span className="badge badge-off">{t.staff.disabled}</span>
    ) : (
      <span className="badge badge-on">{t.staff.active}</span>
    );

  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {t.staff.title}
      </h1>
      <p className="lead">{t.staff.intro}</p>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>

      {link ? (
        <section
          className="panel panel-highlight"
          ref={linkRef}
          tabIndex={-1}
          aria-labelledby="setup-link-title"
        >
          <h2 id="setup-link-title">{t.staff.linkTitle(link.name)}</h2>
          <p>{t.staff.linkBody}</p>
          <CopyLink url={link.url} label={t.staff.linkLabel} />
          <button type="button" className="button button-quiet" onClick={() => setLink(undefined)}>
            {t.common.close}
          </button>
        </section>
      ) : null}

      <h2>
        {t.staff.listTitle}
        {members ? <span className="count"> · {t.staff.count(members.length)}</span> : null}
      </h2>
      {!members && !error ? <Loading /> : null}
      {members ? (
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
              {members.map((m) => {
                const self = m.id === me.id;
                const busy = busyId === m.id;
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
                        onChange={(value) => setPending({ member: m, kind: 'role', role: value as Role })}
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
                            m.disabled
                              ? update(m, { disabled: false }, (s) => t.staff.enabledSaved(s.display_name))
                              : setPending({ member: m, kind: 'disable' })
                          }
                        >
                          {m.disabled ? t.staff.enable : t.staff.disable}
                        </button>
                        <button
                          type="button"
                          className="button button-small button-secondary"
                          disabled={self || busy}
                          aria-label={t.staff.resetLabel(m.display_name)}
                          onClick={() => reset(m)}
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
      ) : null}

      {pending ? (
        <ConfirmChange
          change={pending}
          onCancel={() => setPending(undefined)}
          onConfirm={() => {
            setPending(undefined);
            if (pending.kind === 'role') {
              update(pending.member, { role: pending.role }, (s) =>
                t.staff.roleSaved(s.display_name, t.roles[s.role]),
              );
            } else {
              update(pending.member, { disabled: true }, (s) => t.staff.disabledSaved(s.display_name));
            }
          }}
        />
      ) : null}

      <StaffCreateForm
        onCreated={({ staff, setup_url }) => {
          setLink({ name: staff.display_name, url: setup_url });
          setMembers((list) => (list ? [...list, staff] : [staff]));
        }}
      />
    </section>
  );
}
