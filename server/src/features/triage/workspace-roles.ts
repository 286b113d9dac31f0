/**
 * Who may do what in the analyst workspace (triage, qualification and evidence routes). Every workspace route
 * declares its guard with one of these lists; workspace-roles.api.test.ts walks the route table and
 * checks this matrix, written out there explicitly.
 *
 *   route                                   admin supervisor analyst liaison auditor
 *   GET  /api/queue, /api/queue/views         ✓       ✓        ✓        ✓       ✓
 *   POST/DELETE /api/queue/views (own)        ✓       ✓        ✓        ✓       ✓
 *   GET  /api/items/:id                       ✓       ✓        ✓        ✓       ✓
 *   GET  /api/qualification/catalogue         ✓       ✓        ✓        ✓       ✓
 *   GET  /api/items/:id/history               ✓       ✓        ✓        ·       ✓
 *   POST claim, release                       ·       ✓        ✓        ·       ·
 *   POST assessments, second-opinion, derived ·       ✓        ✓        ·       ·
 *   POST /api/assessments/:id/resolve         ·       ✓        ·        ·       ·
 *   GET  /api/supervision/overview            ✓       ✓        ·        ·       ✓
 *   POST /api/items/:id/reassign              ✓       ✓        ·        ·       ·
 *   GET  /api/staff/assignable                ✓       ✓        ·        ·       ·
 *   GET  /api/items/:id/media (metadata)      ✓       ✓        ✓        ✓       ✓
 *   POST /api/items/:id/media                 ·       ✓        ✓        ·       ·
 *   GET  /api/media/:id/preview, content      ·       ✓        ✓        ·       ·
 *   DELETE /api/media/:id                     ·       ✓        ·        ·       ·
 *
 * Why: analysts and supervisors qualify; only a supervisor settles a four-eyes disagreement (admins
 * run accounts, they do not qualify content). Liaison officers read items and their assessments to
 * send notices, but not the audit trail. Auditors read everything and change nothing. Admins see the
 * queue and supervision so they can reassign work when a supervisor is away. Whoever reassigns may
 * list the people work can go to (names and roles only); the full staff list stays with admins.
 * Evidence media (even its blurred preview) reaches only those who qualify content; the rest of the
 * workspace sees that an item has media and its hashes. Removing evidence is a supervisor's call.
 */
import type { Role } from '../../platform/auth/roles.ts';

export const READ_WORKSPACE: readonly Role[] = [
  'admin',
  'supervisor',
  'analyst',
  'liaison_officer',
  'auditor',
];
export const READ_HISTORY: readonly Role[] = ['admin', 'supervisor', 'analyst', 'auditor'];
export const QUALIFY: readonly Role[] = ['supervisor', 'analyst'];
export const RESOLVE: readonly Role[] = ['supervisor'];
export const SUPERVISE_READ: readonly Role[] = ['admin', 'supervisor', 'auditor'];
export const REASSIGN: readonly Role[] = ['admin', 'supervisor'];
/** Who receives evidence media (preview or original) and may attach it: those who qualify. */
export const HANDLE_MEDIA: readonly Role[] = QUALIFY;
/** Who may remove evidence media from an item. */
export const DELETE_MEDIA: readonly Role[] = RESOLVE;

/** The signed-in staff member acting (actorOf(request)). */
export type StaffActor = { staffId: string; label: string };
