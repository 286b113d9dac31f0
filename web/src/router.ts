/** A few pages need no routing library: the path under /app/, kept in sync with history. */
import { type MouseEvent, useSyncExternalStore } from 'react';

export const BASE = '/app';
const CHANGE = 'vigie:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/** The current path without the /app prefix: '/', '/staff', '/setup'… */
export function usePath(): string {
  return useSyncExternalStore(subscribe, () => {
    const path = window.location.pathname.startsWith(BASE)
      ? window.location.pathname.slice(BASE.length)
      : '/';
    return path === '' ? '/' : path.replace(/\/+$/, '') || '/';
  });
}

/** The query string of the page address ('?tab=notices'), kept in sync with history. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}

/** Changes the query string in place (no new history entry, no scroll): a view setting, not a new page. */
export function replaceSearch(search: string): void {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
  window.dispatchEvent(new Event(CHANGE));
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = `${BASE}${to}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
  window.scrollTo(0, 0);
}

/** onClick for in-app links: plain left clicks stay in the app, others behave like normal links. */
export function followLink(to: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
}
