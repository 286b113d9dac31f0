/**
 * Keeps my claim alive while I work: the server lets a claim lapse after 30 minutes without
 * activity, so typing or clicking on the page renews it at most every five minutes.
 */
import { useEffect, useRef } from 'react';
import { itemsApi } from '../../api/workspace-endpoints.ts';

const RENEW_EVERY_MS = 5 * 60_000;

export function useClaimRenewal(itemId: string, holding: boolean): void {
  const lastRenewal = useRef(Date.now());
  useEffect(() => {
    if (!holding) return;
    lastRenewal.current = Date.now();
    const onActivity = () => {
      if (Date.now() - lastRenewal.current < RENEW_EVERY_MS) return;
      lastRenewal.current = Date.now();
      itemsApi.claim(itemId).catch(() => {
        // A lost claim shows at the next reload of the item; nothing to interrupt the analyst with.
      });
    };
    window.addEventListener('keydown', onActivity);
    window.addEventListener('pointerdown', onActivity);
    return () => {
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('pointerdown', onActivity);
    };
  }, [itemId, holding]);
}
