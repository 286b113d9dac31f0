/**
 * What a person with send_notices may do with one notice, by its state: approve (through the
 * editor) or withhold a proposal; withdraw an approved notice that has not left; mark a hand-sent
 * one sent; acknowledge a sent one; record what came back. One form open at a time.
 */
import { useState } from 'react';
import { noticesApi } from '../../api/notices-endpoints.ts';
import type { NoticeView } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, StatusMessage } from '../../ui.tsx';
import { NoticeEditor } from './notice-editor.tsx';
import { ReplyForm, WithholdForm } from './notice-forms.tsx';
import { isManual, type OnNoticeChanged, recipientName, useNoticeAction } from './notice-shared.ts';

type Props = { notice: NoticeView; onChanged?: OnNoticeChanged };
type Open = 'approve' | 'withhold' | 'reply' | undefined;

const REPLYABLE: NoticeView['state'][] = ['queued', 'sent', 'acknowledged', 'failed'];

export function NoticeActions({ notice, onChanged }: Props) {
  const { t } = useI18n();
  const a = t.notices.actions;
  const { staff } = useSignedIn();
  const { busy, error, status, run } = useNoticeAction(onChanged);
  const [open, setOpen] = useState<Open>();
  if (!can(staff, 'send_notices')) return null;

  const id = notice.id;
  const who = recipientName(notice, t);
  const done = (ok: boolean) => ok && setOpen(undefined);
  const state = notice.state;
  const mailLeft = notice.delivery !== null && notice.delivery.state !== 'queued';
  const button = (label: string, onClick: () => void, primary = false) => (
    <button
      type="button"
      className={`button button-small${primary ? '' : ' button-secondary'}`}
      disabled={busy}
      aria-label={a.of(label, who)}
      onClick={onClick}
    >
      {label}
    </button>
  );

  return (
    <div className="notice-actions">
      {open === undefined ? (
        <div className="row-actions">
          {state === 'proposed' ? button(a.approve, () => setOpen('approve'), true) : null}
          {state === 'proposed' ? button(a.withhold, () => setOpen('withhold')) : null}
          {state === 'queued' && isManual(notice.recipient.channel)
            ? button(a.markSent, () => run('markSent', () => noticesApi.markSent(id)), true)
            : null}
          {state === 'queued' && !mailLeft
            ? button(a.withdraw, () => run('withdraw', () => noticesApi.withdraw(id)))
            : null}
          {state === 'sent'
            ? button(a.acknowledge, () => run('acknowledge', () => noticesApi.acknowledge(id)))
            : null}
          {REPLYABLE.includes(state) ? button(a.reply, () => setOpen('reply')) : null}
        </div>
      ) : null}
      {open === 'approve' ? (
        <NoticeEditor
          noticeId={id}
          busy={busy}
          onCancel={() => setOpen(undefined)}
          onApprove={async (edits) => done(await run('approve', () => noticesApi.approve(id, edits)))}
        />
      ) : null}
      {open === 'withhold' ? (
        <WithholdForm
          busy={busy}
          onCancel={() => setOpen(undefined)}
          onSubmit={async (reason) => done(await run('withhold', () => noticesApi.withhold(id, reason)))}
        />
      ) : null}
      {open === 'reply' ? (
        <ReplyForm
          busy={busy}
          onCancel={() => setOpen(undefined)}
          onSubmit={async (kind, text) =>
            done(await run('reply', () => noticesApi.reply(id, { kind, text })))
          }
        />
      ) : null}
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
    </div>
  );
}
