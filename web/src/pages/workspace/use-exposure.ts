/** How long evidence stayed revealed, sent as exposure (wellbeing) when it is hidden again. */
import { useCallback, useRef } from 'react';
import { useSignedIn } from '../../session.tsx';
import { recordExposure } from '../../shell/exposure-outbox.ts';

/**
 * The clock of one reveal: started when media is shown, stopped (and sent) when it is hidden. The
 * start time is cleared before sending, so stopping twice (button, then unmount) sends one record.
 */
export function useExposure(itemId: string) {
  const { staff } = useSignedIn();
  const since = useRef<number | null>(null);
  const start = useCallback(() => {
    since.current ??= performance.now();
  }, []);
  const stop = useCallback(() => {
    const began = since.current;
    if (began === null) return;
    since.current = null;
    recordExposure(staff.id, itemId, performance.now() - began);
  }, [staff.id, itemId]);
  return { start, stop };
}
