/**
 * The item page's sections, in tab order, and the one named in the page address (`?tab=`), so a
 * reload, a shared link and the browser's back button come back to the same section.
 */
export const ITEM_SECTIONS = [
  'evidence',
  'qualification',
  'hosting',
  'notices',
  'reporter',
  'history',
] as const;
export type ItemSection = (typeof ITEM_SECTIONS)[number];

export const isItemSection = (value: string | null): value is ItemSection =>
  value !== null && (ITEM_SECTIONS as readonly string[]).includes(value);

/** The section named in a query string (`?tab=notices`), or undefined when none or unknown. */
export function sectionOf(search: string): ItemSection | undefined {
  const named = new URLSearchParams(search).get('tab');
  return isItemSection(named) ? named : undefined;
}

/** The query string with the section set, other parameters kept. */
export function withSection(search: string, section: ItemSection): string {
  const params = new URLSearchParams(search);
  params.set('tab', section);
  return `?${params}`;
}

/** The section a key moves to from `current` in a tab list (arrows wrap; Home and End go to the ends). */
export function sectionAfterKey(
  sections: readonly ItemSection[],
  current: ItemSection,
  key: string,
): ItemSection | undefined {
  const at = sections.indexOf(current);
  const last = sections.length - 1;
  const to =
    key === 'ArrowRight'
      ? at === last
        ? 0
        : at + 1
      : key === 'ArrowLeft'
        ? at === 0
          ? last
          : at - 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : undefined;
  return to === undefined ? undefined : sections[to];
}

/** The sections a person may open: reporter feedback and the history are not for every role. */
export function sectionsFor(may: { feedback: boolean; history: boolean }): ItemSection[] {
  return ITEM_SECTIONS.filter(
    (section) => (section !== 'reporter' || may.feedback) && (section !== 'history' || may.history),
  );
}
