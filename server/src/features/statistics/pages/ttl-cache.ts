/**
 * A value per key, kept for a while: computed once however many ask at the same time (they share the
 * pending promise), forgotten at once when the computation fails or `keep` refuses the value, so the
 * next request tries again. Expired entries are swept on each miss, so the map holds only the keys
 * asked for within the last `ttlMs`.
 */
export type TtlCache<V> = { get(key: string, make: () => Promise<V>): Promise<V> };

export function ttlCache<V>(
  ttlMs: number,
  options: { keep?: (value: V) => boolean; now?: () => number } = {},
): TtlCache<V> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { expires: number; value: Promise<V> }>();
  const forget = (key: string, value: Promise<V>) => {
    if (entries.get(key)?.value === value) entries.delete(key);
  };
  return {
    get(key, make) {
      const at = now();
      const hit = entries.get(key);
      if (hit && hit.expires > at) return hit.value;
      for (const [k, entry] of entries) if (entry.expires <= at) entries.delete(k);
      const value = make();
      entries.set(key, { expires: at + ttlMs, value });
      value.then(
        (v) => {
          if (options.keep && !options.keep(v)) forget(key, value);
        },
        () => forget(key, value),
      );
      return value;
    },
  };
}
