/**
 * Words that go with a count, chosen by the language's own plural rules (CLDR, through
 * Intl.PluralRules): French puts 0 and 1 in the singular ("0 caractère", "1 caractère"), English
 * only 1 ("0 characters", "1 character"). Both languages need two forms; any other category a
 * rule may return (French "many", for millions) takes the plural. The page script applies the same
 * rule to the live counters (assets/vigie.js).
 */
export type PluralForms = { one: string; other: string };

/** `{n}` in the chosen form becomes the count, written the language's way ("5 001", "5,001"). */
export function countText(locale: string, n: number, forms: PluralForms): string {
  const form = new Intl.PluralRules(locale).select(n) === 'one' ? forms.one : forms.other;
  return form.replaceAll('{n}', new Intl.NumberFormat(locale).format(n));
}

/** `countText` bound to one language, for its messages table. */
export const counter =
  (locale: string) =>
  (n: number, one: string, other: string): string =>
    countText(locale, n, { one, other });
