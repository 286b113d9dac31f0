/**
 * Staff roles: the one list everything else (schemas, the staff table's CHECK, the CLI) derives from.
 * What each role may do is capabilities.ts's table.
 */
export const ROLES = ['admin', 'supervisor', 'analyst', 'liaison_officer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Session stages: password checked (TOTP pending), TOTP to set up, fully signed in. */
export const SESSION_STAGES = ['password', 'enrol', 'full'] as const;
export type SessionStage = (typeof SESSION_STAGES)[number];
