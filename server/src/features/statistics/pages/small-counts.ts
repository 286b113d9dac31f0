/**
 * The public page's one disclosure rule, so that nobody can be recognised from a figure: a count above
 * zero and under the threshold (VIGIE_TRANSPARENCY_MIN_COUNT, 5 by default) is shown only as "< 5";
 * zero is shown, being nobody. A share, rate, change or median computed from a hidden count is hidden
 * too: next to the exact total, it would give the count back. The page applies nothing else (it
 * rounds nothing, it adds no noise); which figures it shows at all is public-figures.ts's business.
 */

/** What a visitor is shown for a figure: the value, "hidden" (under the threshold), or null (no value). */
export type Disclosed = number | 'hidden' | null;

export function disclose(threshold: number) {
  const isSmall = (n: number) => n > 0 && n < threshold;
  return {
    /** A count: exact, or hidden when it is under the threshold. */
    count: (n: number): Exclude<Disclosed, null> => (isSmall(n) ? 'hidden' : n),
    /** A value computed from `counts` (their share, a rate, a change, a median): hidden with any of them. */
    derived: (value: number | null, ...counts: number[]): Disclosed =>
      counts.some(isSmall) ? 'hidden' : value,
  };
}
export type Disclosure = ReturnType<typeof disclose>;
