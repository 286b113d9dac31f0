/**
 * The item page's sections as tabs (WAI-ARIA tabs pattern): one tab in the tab order, arrows move
 * and select, Home and End go to the ends; the selected section is kept in the page address
 * (`?tab=`), so a reload or coming back to the item shows the same one. Choosing a tab replaces the
 * address rather than adding to the history: Back leaves the item instead of stepping through tabs.
 */
import { type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { replaceSearch, useSearch } from '../../router.ts';
import { type ItemSection, sectionAfterKey, sectionOf, withSection } from './item-sections.ts';

export const tabId = (section: ItemSection) => `item-tab-${section}`;
export const panelId = (section: ItemSection) => `item-panel-${section}`;

/**
 * Brings a section's panel into view and gives it the focus, so keyboard and screen-reader users land
 * where the work is; on wide screens its top goes just under the header that stays in view.
 */
export function showPanel(section: ItemSection): void {
  const panel = document.getElementById(panelId(section));
  if (!panel) return;
  panel.focus({ preventScroll: true });
  const top = panel.closest('.item-page')?.querySelector<HTMLElement>('.item-top');
  const covered = top && getComputedStyle(top).position === 'sticky' ? top.offsetHeight : 0;
  window.scrollTo({ top: Math.max(0, panel.getBoundingClientRect().top + window.scrollY - covered - 8) });
}

/**
 * The section in the address; without one, `opening` (once known), written into the address at once
 * so the page stays on it when the next step changes. And the way to choose another.
 */
export function useItemSection(
  opening: ItemSection | undefined,
): [ItemSection, (section: ItemSection) => void] {
  const search = useSearch();
  const named = sectionOf(search);
  useEffect(() => {
    if (!named && opening) replaceSearch(withSection(window.location.search, opening));
  }, [named, opening]);
  const choose = (section: ItemSection) => replaceSearch(withSection(window.location.search, section));
  return [named ?? opening ?? 'evidence', choose];
}

type Props = {
  /** The sections this person may open, in order. */
  sections: readonly ItemSection[];
  selected: ItemSection;
  onSelect(section: ItemSection): void;
  /** How many things a section holds, where that helps ("Notices (3)"). */
  counts: Partial<Record<ItemSection, number>>;
};

export function ItemTabs({ sections, selected, onSelect, counts }: Props) {
  const { t } = useI18n();
  const p = t.workspace.itemPage;
  const list = useRef<HTMLDivElement>(null);

  // On a narrow screen the tabs scroll sideways: keep the selected one in view (not the page),
  // also when the window narrows.
  useEffect(() => {
    const box = list.current;
    const tab = box?.querySelector<HTMLElement>(`#${tabId(selected)}`);
    if (!box || !tab) return;
    const reveal = () => {
      const left = tab.offsetLeft;
      if (left < box.scrollLeft || left + tab.offsetWidth > box.scrollLeft + box.clientWidth) {
        box.scrollLeft = left - 16;
      }
    };
    reveal();
    window.addEventListener('resize', reveal);
    return () => window.removeEventListener('resize', reveal);
  }, [selected]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const to = sectionAfterKey(sections, selected, event.key);
    if (!to) return;
    event.preventDefault();
    onSelect(to);
    list.current?.querySelector<HTMLElement>(`#${tabId(to)}`)?.focus();
  };

  return (
    <div ref={list} className="item-tabs" role="tablist" aria-label={p.tabsLabel} onKeyDown={onKeyDown}>
      {sections.map((section) => {
        const count = counts[section];
        const label = p.tabs[section];
        return (
          <button
            key={section}
            type="button"
            role="tab"
            id={tabId(section)}
            aria-selected={section === selected}
            aria-controls={panelId(section)}
            tabIndex={section === selected ? 0 : -1}
            className="item-tab"
            onClick={() => onSelect(section)}
          >
            {count === undefined ? label : p.count(label, count)}
          </button>
        );
      })}
    </div>
  );
}

/**
 * One section's panel. Hidden panels stay mounted, so a draft typed in one survives a look at
 * another, except with `unmountHidden`: the evidence, whose revealed media must blur (and its
 * exposure clock stop) when the analyst moves to another section.
 */
export function ItemTabPanel({
  section,
  selected,
  unmountHidden = false,
  children,
}: {
  section: ItemSection;
  selected: ItemSection;
  unmountHidden?: boolean;
  children: ReactNode;
}) {
  const hidden = section !== selected;
  return (
    <div
      role="tabpanel"
      id={panelId(section)}
      aria-labelledby={tabId(section)}
      hidden={hidden}
      tabIndex={-1}
      className="item-tabpanel"
    >
      {hidden && unmountHidden ? null : children}
    </div>
  );
}
