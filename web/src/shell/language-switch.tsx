/** FR / EN switch, shown on every screen. */
import type { Language } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

const LANGUAGES: Language[] = ['fr', 'en'];

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t.language.label}</legend>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language === code}
          onClick={() => setLanguage(code)}
        >
          {code.toUpperCase()}
          <span className="visually-hidden"> {t.language[code]}</span>
        </button>
      ))}
    </fieldset>
  );
}
