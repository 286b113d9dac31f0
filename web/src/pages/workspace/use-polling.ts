/**
 * Asks again after a delay while something is under way (a hosting look-up, a capture), only while
 * the page is visible: a hidden tab asks nothing and catches up at once when it is shown again.
 * `delayMs` null stops asking. `answer` is the last answer received: each new one starts the next
 * wait, so a slow server is never asked twice at once.
 */
import { useEffect, useRef } from 'react';

export function usePolling(poll: () => void, delayMs: number | null, answer: unknown): void {
  const latest = useRef(poll);
  latest.current = poll;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new answer starts the next wait
  useEffect(() => {
    if (delayMs === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (!document.hidden) timer = setTimeout(() => latest.current(), delayMs);
    const onVisibility = () => {
      clearTimeout(timer);
      if (!document.hidden) latest.current();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [delayMs, answer]);
}
