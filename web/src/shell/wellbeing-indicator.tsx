/**
 * In the header: my exposure today (from /api/wellbeing/me), a gentle break reminder when the server
 * says one is due, and the choice to share my figures with supervisors. Refreshed every few minutes,
 * and at once when an exposure record comes back (WELLBEING_UPDATED, from exposure-outbox.ts).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { queryKeys } from '../api/query-keys.ts';
import type { MyWellbeing } from '../api/types.ts';
import { wellbeingApi } from '../api/workspace-endpoints.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { flushExposure, WELLBEING_UPDATED } from './exposure-outbox.ts';

const REFRESH_MS = 5 * 60_000;
/** A dismissed reminder comes back after this long if a break is still due. */
const SNOOZE_MS = 15 * 60_000;

export function WellbeingIndicator({ staffId }: { staffId: string }) {
  const { t } = useI18n();
  const w = t.workspace.wellbeing;
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [snoozedAt, setSnoozedAt] = useState(0);
  const panelId = useId();
  // The indicator is a help: when the server cannot answer, it is simply not shown.
  const me = useQuery({
    queryKey: queryKeys.myWellbeing,
    queryFn: wellbeingApi.me,
    refetchInterval: REFRESH_MS,
  }).data;

  useEffect(() => {
    // Records a closed page or a dropped network left behind go now, and again every few minutes
    // (the server counts each record once however often it arrives).
    void flushExposure(staffId);
    const timer = window.setInterval(() => void flushExposure(staffId), REFRESH_MS);
    const updated = (event: Event) =>
      queryClient.setQueryData(queryKeys.myWellbeing, (event as CustomEvent<MyWellbeing>).detail);
    window.addEventListener(WELLBEING_UPDATED, updated);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(WELLBEING_UPDATED, updated);
    };
  }, [staffId, queryClient]);

  // The box follows the click at once (local state: the cache tells its readers a moment later) and
  // goes back if the server refuses.
  const [asked, setAsked] = useState<boolean>();
  const share = useMutation({
    mutationFn: wellbeingApi.share,
    onMutate: setAsked,
    onSuccess: (result) => {
      queryClient.setQueryData<MyWellbeing>(
        queryKeys.myWellbeing,
        (current) => current && { ...current, sharing: result.share },
      );
      setNote(result.share ? w.shared : w.notShared);
    },
    onError: () => {
      setAsked(undefined);
      setNote(t.errors.generic);
    },
  });
  const sharing = me?.sharing;
  useEffect(() => {
    if (asked !== undefined && sharing === asked) setAsked(undefined);
  }, [asked, sharing]);

  if (!me) return null;

  return (
    <div className="wellbeing">
      <button
        type="button"
        className={me.break.due ? 'wellbeing-button wellbeing-due' : 'wellbeing-button'}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">{w.label} : </span>
        {w.today(t.workspace.duration(me.today.seconds))}
      </button>
      {me.break.due && !open && Date.now() - snoozedAt > SNOOZE_MS ? (
        <div className="wellbeing-break" role="status">
          <p>{w.breakDue}</p>
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => setSnoozedAt(Date.now())}
          >
            {w.dismiss}
          </button>
        </div>
      ) : null}
      {open ? (
        <div className="wellbeing-panel" id={panelId}>
          <p className="strong">{w.details}</p>
          <p>{w.week(t.workspace.duration(me.week_seconds))}</p>
          <label className="check">
            <input
              type="checkbox"
              checked={asked ?? me.sharing}
              onChange={(e) => {
                setAsked(e.target.checked);
                share.mutate(e.target.checked);
              }}
            />
            <span>{w.share}</span>
          </label>
          <p className="hint">{w.shareHint}</p>
          <p className="status-line" role="status">
            {note}
          </p>
        </div>
      ) : null}
    </div>
  );
}
