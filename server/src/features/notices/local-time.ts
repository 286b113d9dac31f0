/**
 * The hotline's local calendar (VIGIE_TIME_ZONE): the local date a batch belongs to, the local hour,
 * and a local ISO 8601 time with its offset, as a French police form reads dates. Intl only.
 */

function parts(at: Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  return Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
}

/** YYYY-MM-DD in the time zone. */
export function localDate(at: Date, timeZone: string): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 0–23 in the time zone. */
export const localHour = (at: Date, timeZone: string): number => Number(parts(at, timeZone).hour);

/** e.g. 2026-11-30T08:15:02+01:00 (seconds; the offset of that moment in the time zone). */
export function localIsoTime(at: Date, timeZone: string): string {
  const p = parts(at, timeZone);
  const offset = (p.timeZoneName ?? 'GMT').replace(/^GMT/, '') || '+00:00';
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}
