/**
 * Removal monitoring as it looks after weeks of work, for the browser test that renders the screens
 * full (a fresh test server has no item online for days, no reminder, no escalation): an overview
 * with overdue items, hosts and countries, and one item's follow-up with every kind of check and
 * event. Typed by the API's own schemas, so a change of shape fails the typecheck here. Made-up
 * addresses on reserved example names only.
 */
import type { ItemMonitoringView, MonitoringOverview } from '../../server/src/features/monitoring/index.ts';

const HOUR = 3_600_000;
const ago = (hours: number, now: number) => new Date(now - hours * HOUR).toISOString();

const HOSTS = [
  ['Example Hosting SAS', 'FR'],
  ['Bulletproof Example Ltd', 'NL'],
  ['Example Cloud Inc.', 'US'],
  ['Forum Example GmbH', 'DE'],
] as const;

export function overviewFixture(now = Date.now()): MonitoringOverview {
  const overdue = Array.from({ length: 14 }, (_, i) => {
    const [host, country] = HOSTS[i % HOSTS.length] ?? HOSTS[0];
    const hours = 400 - i * 23.5;
    return {
      item_id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      url:
        i % 3 === 0
          ? `https://forum.example.net/t/discussion-publique-${1000 + i}/messages/page-${i + 2}/commentaire-${40_000 + i * 7}.html`
          : `https://files-${i}.example.org/v/${(i * 7919).toString(36)}`,
      category: 'hate_racial_religious',
      host: i === 5 ? null : host,
      country: i === 5 ? null : country,
      first_notice_at: ago(hours, now),
      hours_online: hours,
      reminders_sent: Math.min(2, Math.floor(hours / 100)),
      escalated_at: hours > 300 ? ago(hours - 300, now) : null,
      last_check_at: ago(3 + i, now),
      last_outcome: i % 4 === 3 ? ('inconclusive' as const) : ('online' as const),
      next_check_at: ago(-(20 - i), now),
    };
  });
  const times = (notified: number, removed: number, median: number | null, w: [number, number, number]) => ({
    notified,
    removed,
    still_online: notified - removed,
    median_hours: median,
    within_24h: w[0],
    within_72h: w[1],
    within_7d: w[2],
  });
  return {
    counts: { watching: 212, paused: 4, removed: 1804, overdue: 14 },
    all: times(2020, 1804, 30.5, [0.4312, 0.7121, 0.8733]),
    by_host: [
      { host: 'Bulletproof Example Ltd', overdue: 6, ...times(41, 12, 260.4, [0.05, 0.12, 0.29]) },
      { host: 'Example Cloud Inc.', overdue: 4, ...times(380, 341, 52.1, [0.31, 0.66, 0.88]) },
      { host: 'Forum Example GmbH', overdue: 3, ...times(96, 80, 70, [0.2, 0.52, 0.81]) },
      { host: 'Example Hosting SAS', overdue: 1, ...times(1320, 1222, 20.2, [0.55, 0.81, 0.92]) },
      { host: '?', overdue: 0, ...times(183, 149, 41, [0.33, 0.6, 0.81]) },
    ],
    by_country: [
      { country: 'FR', ...times(1320, 1222, 20.2, [0.55, 0.81, 0.92]) },
      { country: 'US', ...times(380, 341, 52.1, [0.31, 0.66, 0.88]) },
      { country: '?', ...times(183, 149, 41, [0.33, 0.6, 0.81]) },
      { country: 'DE', ...times(96, 80, 70, [0.2, 0.52, 0.81]) },
      { country: 'NL', ...times(41, 12, 260.4, [0.05, 0.12, 0.29]) },
    ],
    overdue,
  };
}

/** An item that came back once, was reminded twice and escalated, then removed again by its host. */
export function followUpFixture(itemId: string, url: string, now = Date.now()): ItemMonitoringView {
  const analyst = { id: '00000000-0000-4000-8000-0000000000a1', display_name: 'Camille Analyste' };
  const check = (
    id: number,
    hours: number,
    outcome: 'online' | 'removed' | 'inconclusive',
    reason: string,
    status: number | null,
    extra: { final_url?: string; requested_by?: typeof analyst } = {},
  ) => ({
    id: `00000000-0000-4000-8000-0000000001${String(id).padStart(2, '0')}`,
    checked_at: ago(hours, now),
    outcome,
    reason,
    status,
    final_url: extra.final_url ?? (status === null ? null : url),
    body_sha256: null,
    pdq: null,
    duration_ms: 420,
    requested_by: extra.requested_by ?? null,
  });
  const event = (hours: number, action: string, details: Record<string, unknown> = {}, by = false) => ({
    at: ago(hours, now),
    action: `monitoring.${action}`,
    by: by ? analyst : null,
    details,
  });
  return {
    item_id: itemId,
    state: 'removed',
    first_notice_at: ago(420, now),
    next_check_at: ago(-150, now),
    last_check_at: ago(5, now),
    last_outcome: 'removed',
    removed_at: ago(6, now),
    first_removed_at: ago(380, now),
    hours_to_removal: 40,
    closed_by: null,
    reappearances: 1,
    reappeared_at: ago(300, now),
    reminders_sent: 2,
    escalated_at: ago(30, now),
    paused: null,
    check_requested: false,
    notices: [
      {
        notice_id: '00000000-0000-4000-8000-0000000002a1',
        recipient_kind: 'host',
        purpose: 'notice',
        sent_at: ago(420, now),
        hours_to_removal: 40,
      },
    ],
    checks: [
      check(1, 5, 'removed', 'not_found', 404),
      check(2, 6, 'removed', 'content_gone', 200, {
        final_url: 'https://forum.example.net/removed-by-moderators',
      }),
      check(3, 30, 'online', 'same_bytes', 200),
      check(4, 54, 'inconclusive', 'timeout', null),
      check(5, 78, 'online', 'embeds_captured_media', 200, { requested_by: analyst }),
      check(6, 150, 'online', 'same_picture', 200),
      check(7, 300, 'online', 'same_bytes', 200),
      check(8, 370, 'removed', 'name_gone', null),
      check(9, 380, 'removed', 'connection_refused', null),
    ],
    events: [
      event(5, 'removal_confirmed', { hours_since_first_notice: 415 }),
      event(30, 'escalated', { to: ['registrar', 'police_portal'], notices: ['n1', 'n2'] }),
      event(78, 'check_requested', {}, true),
      event(100, 'reminded', { reminder: 2, notices: ['n3'] }),
      event(180, 'resumed', {}, true),
      event(200, 'paused', { reason: 'L’hébergeur demande 48 h pour vérifier.' }, true),
      event(230, 'reminded', { reminder: 1, notices: ['n4'] }),
      event(300, 'reappeared', { notices: ['n5'] }),
      event(370, 'removal_confirmed', { hours_since_first_notice: 40 }),
    ],
  };
}
