/**
 * In the header: my exposure today (from /api/wellbeing/me), a gentle break reminder when the server
 * says one is due, and the choice to share my figures with supervisors. Refreshed every few minutes,
 * and at once when an exposure record comes back (WELLBEING_UPDATED, from exposure-outbox.ts).
 */
import { useEffect, useId, useState } from 'react';
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
  const [me, setMe] = useState<MyWellbeing>();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [snoozedAt, setSnoozedAt] = useState(0);
  const panelId = useId();

  useEffect(() => {
    let live = true;
    const refresh = () =>
      wellbeingApi.me().then(
        (value) => live && setMe(value),
        () => undefined, // the indicator is a help, never an error on the page
      );
    refresh();
    // Records a closed page or a dropped network left behind go now, and again with every refresh
    // (the server counts each record once however often it arrives).
    void flushExposure(staffId);
    const timer = window.setInterval(() => {
      void flushExposure(staffId);
      refresh();
    }, REFRESH_MS);
    const updated = (event: Event) => setMe((event as CustomEvent<MyWellbeing>).detail);
    window.addEventListener(WELLBEING_UPDATED, updated);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener(WELLBEING_UPDATED, updated);
    };
  }, [staffId]);

  if (!me) return null;

  // The box follows the click at once and goes back if the server refuses.
  const toggleSharing = async (share: boolean) => {
    setMe({ ...me, sharing: share });
    try {
      const result = await wellbeingApi.share(share);
      setMe((current) => current && { ...current, sharing: result.share });
      setNote(result.share ? w.shared : w.notShared);
    } catch {
      setMe((current) => current && { ...current, sharing: !share });
      setNote(t.errors.generic);
    }
  };

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
            <input type="checkbox" checked={me.sharing} onChange={(e) => toggleSharing(e.target.checked)} />
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
