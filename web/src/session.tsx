/** The signed-in person, and how a page reports that the session is gone (401). */
import { createContext, useContext } from 'react';
import type { StaffProfile } from './api/types.ts';

export type SignedIn = { staff: StaffProfile; sessionLost(): void };

export const SessionContext = createContext<SignedIn | undefined>(undefined);

export function useSignedIn(): SignedIn {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSignedIn outside a signed-in shell');
  return value;
}
