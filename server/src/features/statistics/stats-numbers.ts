/** Rounding and dividing the same way in every section of the figures. */

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** part / whole to 4 decimals; null when whole is 0. */
export const shareOf = (part: number, whole: number): number | null =>
  whole > 0 ? round(part / whole, 4) : null;

/** The relative change from before to now (0.98 for +98%); null when before is 0. */
export const changeOf = (now: number, before: number): number | null =>
  before > 0 ? round((now - before) / before, 4) : null;

/** Hours to one decimal, from SQL's double (or its text); null stays null. */
export const hoursOf = (value: number | string | null | undefined): number | null =>
  value === null || value === undefined ? null : round(Number(value), 1);

export const int = (value: number | string | null | undefined): number => Number(value ?? 0);
