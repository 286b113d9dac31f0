/** How monitoring writes times: an ISO instant from what the database returned, and hours between two. */

/** An ISO 8601 instant, or null for a missing one (the database gives dates or strings). */
export const isoOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : new Date(value as string).toISOString();

/** Hours from `from` to `to`, to one decimal (time to removal). */
export const hoursBetween = (from: Date | string, to: Date | string): number =>
  Math.round(((new Date(to).getTime() - new Date(from).getTime()) / 3_600_000) * 10) / 10;
