/**
 * Tells this process that reports (and so items) were stored, once their transaction has committed,
 * so work that follows a new item (its hosting look-up) starts at once instead of at its next
 * scheduled run. Losing an announcement loses nothing: the scheduled run picks the items up.
 */
const listeners = new Set<() => void>();

export function announceReportsStored(): void {
  for (const listener of listeners) listener();
}

export function onReportsStored(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
