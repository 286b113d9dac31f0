/**
 * Countries counted as Europe when hosting countries are ranked "in Europe" (ISO 3166-1 alpha-2):
 * the geographic continent as hotline networks report it, the EU and EEA, the United Kingdom and
 * Switzerland, the Balkans and Eastern Europe, Russia and Türkiye included, plus Kosovo (XK).
 */
export const EUROPE: ReadonlySet<string> = new Set(
  (
    'AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV ' +
    'MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA VA XK AX SJ'
  ).split(' '),
);
