/** Audit event details as short readable lines ("role: analyst → supervisor") instead of raw JSON. */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function formatValue(value: unknown): string {
  if (isRecord(value) && 'from' in value && 'to' in value)
    return `${formatValue(value.from)} → ${formatValue(value.to)}`;
  if (isRecord(value))
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${formatValue(v)}`)
      .join(', ');
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (value === null || value === undefined) return '—';
  return String(value);
}

export function detailLines(details: Record<string, unknown>): string[] {
  return Object.entries(details).map(([key, value]) => `${key}: ${formatValue(value)}`);
}
