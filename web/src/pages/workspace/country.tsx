/**
 * A country as staff read it: the flag (regional-indicator emoji built from the ISO 3166-1 alpha-2
 * code, so no image and no list of countries to keep), the name in the interface's language
 * (Intl.DisplayNames) and the code itself, which stays the reference.
 */
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code);

/** 🇫🇷 for FR: each letter becomes its regional indicator symbol (U+1F1E6 + letter − A). */
export function flagOf(code: string): string {
  if (!isCountryCode(code)) return '';
  return String.fromCodePoint(...[...code].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}

/** The country's name in the interface's language, or undefined for a code nobody names. */
export function useCountryName(): (code: string) => string | undefined {
  const { language } = useI18n();
  return useMemo(() => {
    const names = new Intl.DisplayNames([language === 'fr' ? 'fr-FR' : 'en-GB'], {
      type: 'region',
      fallback: 'none',
    });
    return (code: string) => {
      if (!isCountryCode(code)) return undefined;
      try {
        return names.of(code);
      } catch {
        return undefined;
      }
    };
  }, [language]);
}

/** "🇫🇷 France (FR)": the full form, for the item page. */
export function CountryName({ code }: { code: string }) {
  const nameOf = useCountryName();
  const name = nameOf(code);
  return (
    <span className="country">
      <span aria-hidden="true">{flagOf(code)}</span> {name ?? code}
      {name ? <span className="muted"> ({code})</span> : null}
    </span>
  );
}

/** "🇫🇷 FR": the compact form for a table row; the name is there for screen readers and on hover. */
export function CountryCode({ code }: { code: string }) {
  const name = useCountryName()(code);
  return (
    <span className="country country-compact" title={name}>
      <span aria-hidden="true">{flagOf(code)}</span> <span className="mono">{code}</span>
      {name ? <span className="visually-hidden"> {name}</span> : null}
    </span>
  );
}
