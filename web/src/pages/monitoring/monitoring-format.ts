/**
 * What the follow-up section and the monitoring screen share, pure: the timeline of an item's checks
 * and events (newest first), a check's reason in words, an event's details in words.
 */
import type { ItemMonitoringView, MonitoringEventView, RemovalCheckView } from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';

export type TimelineEntry =
  | { kind: 'check'; at: string; check: RemovalCheckView }
  | { kind: 'event'; at: string; event: MonitoringEventView };

/**
 * A "check now" request shows on the check it caused (asked by whom), so its own event is left out.
 * Equal times keep events above checks: a removal is confirmed by the check it follows.
 */
const SHOWN_ON_THE_CHECK = 'monitoring.check_requested';

export function timelineOf(view: Pick<ItemMonitoringView, 'checks' | 'events'>): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...view.events
      .filter((event) => event.action !== SHOWN_ON_THE_CHECK)
      .map((event) => ({ kind: 'event' as const, at: event.at, event })),
    ...view.checks.map((check) => ({ kind: 'check' as const, at: check.checked_at, check })),
  ];
  // Stable sort: among equal times, events (listed first) stay first.
  return entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** A check reason (check.types.ts) or the fetcher's failure code, in words. */
export function reasonWords(reason: string, t: Messages): string {
  return t.monitoring.reasons[reason] ?? t.capture.codes[reason] ?? t.monitoring.unknownReason(reason);
}

const numberOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const stringOf = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);

/** An event's details as short phrases (the audit event's details: see monitoring-run.ts, .service.ts). */
export function eventDetails(event: MonitoringEventView, t: Messages): string[] {
  const m = t.monitoring.timeline;
  const d = event.details;
  const parts: string[] = [];
  const notices = Array.isArray(d.notices) ? d.notices.length : null;
  switch (event.action) {
    case 'monitoring.removal_confirmed': {
      const hours = numberOf(d.hours_since_first_notice);
      if (hours !== null) parts.push(m.confirmedAfter(t.monitoring.duration(hours)));
      break;
    }
    case 'monitoring.reminded': {
      const n = numberOf(d.reminder);
      if (n !== null) parts.push(m.reminderNumber(n));
      break;
    }
    case 'monitoring.escalated': {
      const kinds = Array.isArray(d.to) ? d.to.filter((k): k is string => typeof k === 'string') : [];
      const named = kinds.map((k) => t.notices.kinds[k as keyof typeof t.notices.kinds] ?? k);
      if (named.length > 0) parts.push(m.escalatedTo(named.join(', ')));
      break;
    }
    case 'monitoring.paused': {
      const reason = stringOf(d.reason);
      if (reason) parts.push(m.note(reason));
      break;
    }
    case 'monitoring.closed_removed': {
      const note = stringOf(d.note);
      if (note) parts.push(m.note(note));
      break;
    }
  }
  if (notices !== null && notices > 0) parts.push(m.notices(notices));
  return parts;
}

/** A final address worth showing: only when the check ended somewhere else than the item's address. */
export function differentFinalUrl(check: RemovalCheckView, itemUrl: string | undefined): string | null {
  if (!check.final_url || check.final_url === itemUrl) return null;
  return check.final_url;
}
