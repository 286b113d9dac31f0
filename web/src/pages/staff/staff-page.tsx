/**
 * Admin: the staff accounts (role, two-step verification, active or disabled, last sign-in), with
 * role change, disable/enable and a fresh setup link; new accounts are added below the list.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { describeError, isSessionLost } from '../../api/describe-error.ts';
import { staffApi } from '../../api/endpoints.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { StaffListResponse, StaffMember, UpdateStaffBody } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { QueryStatus } from '../../query-status.tsx';
import { CopyLink, ErrorMessage, StatusMessage, useFocusHeading } from '../../ui.tsx';
import { ConfirmChange, type PendingChange } from './confirm-change.tsx';
import { StaffCreateForm } from './staff-create-form.tsx';
import { StaffTable } from './staff-table.tsx';

type SetupLink = { name: string; url: string };
type Update = { member: StaffMember; body: UpdateStaffBody; done(m: StaffMember): string };

export function StaffPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [link, setLink] = useState<SetupLink>();
  const [pending, setPending] = useState<PendingChange>();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const linkRef = useRef<HTMLElement>(null);
  const query = useQuery({ queryKey: queryKeys.staff, queryFn: staffApi.list });
  const members = query.data?.staff;

  useEffect(() => {
    if (link) linkRef.current?.focus();
  }, [link]);

  const fail = (err: unknown) => isSessionLost(err) || setError(describeError(err, t));
  const update = useMutation({
    mutationFn: ({ member, body }: Update) => staffApi.update(member.id, body),
    onMutate: () => setError(undefined),
    onSuccess: ({ staff }, { done }) => {
      queryClient.setQueryData<StaffListResponse>(queryKeys.staff, (list) =>
        list ? { staff: list.staff.map((m) => (m.id === staff.id ? staff : m)) } : list,
      );
      setStatus(done(staff));
    },
    onError: fail,
  });
  const reset = useMutation({
    mutationFn: (member: StaffMember) => staffApi.reset(member.id),
    onMutate: () => setError(undefined),
    onSuccess: ({ setup_url }, member) => setLink({ name: member.display_name, url: setup_url }),
    onError: fail,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.staff }),
  });
  const busyId = update.isPending
    ? update.variables?.member.id
    : reset.isPending
      ? reset.variables?.id
      : undefined;

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
      <QueryStatus query={query} />
      {members ? (
        <StaffTable
          members={members}
          busyId={busyId}
          onPending={setPending}
          onEnable={(member) =>
            update.mutate({
              member,
              body: { disabled: false },
              done: (s) => t.staff.enabledSaved(s.display_name),
            })
          }
          onReset={(member) => reset.mutate(member)}
        />
      ) : null}

      {pending ? (
        <ConfirmChange
          change={pending}
          onCancel={() => setPending(undefined)}
          onConfirm={() => {
            setPending(undefined);
            update.mutate(
              pending.kind === 'role'
                ? {
                    member: pending.member,
                    body: { role: pending.role },
                    done: (s) => t.staff.roleSaved(s.display_name, t.roles[s.role]),
                  }
                : {
                    member: pending.member,
                    body: { disabled: true },
                    done: (s) => t.staff.disabledSaved(s.display_name),
                  },
            );
          }}
        />
      ) : null}

      <StaffCreateForm
        onCreated={({ staff, setup_url }) => setLink({ name: staff.display_name, url: setup_url })}
      />
    </section>
  );
}
