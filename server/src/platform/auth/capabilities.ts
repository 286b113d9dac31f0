/**
 * What each role may do: one list of roles per capability, the only place such lists are written.
 * Every guarded route names the capability it needs (`requireStaff('qualify')`), services that need a
 * role rule ask the same table (rolesThatMay, roleMay), and the session tells the staff app which
 * capabilities the signed-in person has, so the app offers exactly what the server will allow.
 * workspace-roles.api.test.ts (triage) writes the workspace matrix out by hand and checks the routes.
 *
 *   capability          admin supervisor analyst liaison auditor   routes
 *   read_workspace        ✓       ✓        ✓        ✓       ✓      queue, views, item, catalogue, media list, captures
 *   read_history          ✓       ✓        ✓        ·       ✓      GET /api/items/:id/history
 *   qualify               ·       ✓        ✓        ·       ·      claim, release, assessments, second opinion, derived
 *   resolve               ·       ✓        ·        ·       ·      POST /api/assessments/:id/resolve
 *   supervise             ✓       ✓        ·        ·       ✓      GET /api/supervision/overview
 *   reassign              ✓       ✓        ·        ·       ·      POST /api/items/:id/reassign, GET /api/staff/assignable
 *   handle_media          ·       ✓        ✓        ·       ·      media upload, preview, content; asking for a capture
 *   delete_media          ·       ✓        ·        ·       ·      DELETE /api/media/:id
 *   send_feedback         ✓       ✓        ✓        ·       ·      reporter feedback templates, send, history
 *   read_team_wellbeing   ✓       ✓        ·        ·       ·      GET /api/wellbeing/team
 *   manage_staff          ✓       ·        ·        ·       ·      /api/staff (list, create, change, reset)
 *   read_audit            ✓       ·        ·        ·       ✓      GET /api/audit
 *   manage_directory      ✓       ✓        ·        ✓       ·      POST, PUT, DELETE /api/directory and /api/partners (reading: read_workspace)
 *   look_up_hosting       ·       ✓        ✓        ✓       ·      POST /api/items/:id/hosting/lookups (reading: read_workspace)
 *   send_notices          ·       ✓        ✓        ✓       ·      POST /api/notices/:id/… approve, withhold, withdraw, replies,
 *                                                                   acknowledge, mark-sent (reading notices: read_workspace);
 *                                                                   /api/police-batches (list, rows, exports, prepare, transmitted);
 *                                                                   POST /api/items/:id/monitoring/… check, pause, resume, removed
 *                                                                   (reading monitoring: read_workspace)
 *   read_statistics       ✓       ✓        ·        ✓       ✓      /api/stats (figures, definitions, refresh)
 *   read_operations       ✓       ·        ·        ·       ·      GET /api/operations/health (jobs, mail outbox)
 *
 * Why: analysts and supervisors qualify; only a supervisor settles a four-eyes disagreement (admins
 * run accounts, they do not qualify content). Liaison officers read items and their assessments to
 * send notices, but not the audit trail. Auditors read everything and change nothing. Admins see the
 * queue and supervision so they can reassign work when a supervisor is away. Whoever reassigns may
 * list the people work can go to (names and roles only); the full staff list stays with admins.
 * Evidence media (even its blurred preview) reaches only those who qualify content; the rest of the
 * workspace sees that an item has media and its hashes. Removing evidence is a supervisor's call.
 * The directory of platforms and hosts is kept by those who send notices (liaison officers), their
 * supervisors and admins; everyone in the workspace reads it. The same people keep the list of partner
 * hotlines abroad (they send to them too). Asking for a new hosting look-up is for
 * those who act on where content is: who qualifies it and who sends the notices. Notices are approved,
 * held back and followed by those who qualify (an analyst approves the notice their verdict calls for)
 * and by liaison officers (whose work they are); admins run accounts, auditors read. Who sends notices
 * follows them to the removal: asks for a check, pauses, records a removal seen another way. The
 * figures (aggregates, no item) are for those who report on the hotline's work: supervisors, admins,
 * auditors and liaison officers (who answer the authorities and partners); analysts have the queue.
 * Whether the background jobs run and mail leaves is for whoever runs the installation: admins.
 */
import { ROLES, type Role } from './roles.ts';

const QUALIFIERS = ['supervisor', 'analyst'] as const satisfies readonly Role[];
const SUPERVISORS = ['supervisor'] as const satisfies readonly Role[];

export const CAPABILITIES = {
  read_workspace: ROLES,
  read_history: ['admin', 'supervisor', 'analyst', 'auditor'],
  qualify: QUALIFIERS,
  resolve: SUPERVISORS,
  supervise: ['admin', 'supervisor', 'auditor'],
  reassign: ['admin', 'supervisor'],
  handle_media: QUALIFIERS,
  delete_media: SUPERVISORS,
  send_feedback: ['admin', 'supervisor', 'analyst'],
  read_team_wellbeing: ['admin', 'supervisor'],
  manage_staff: ['admin'],
  read_audit: ['admin', 'auditor'],
  manage_directory: ['admin', 'supervisor', 'liaison_officer'],
  look_up_hosting: ['supervisor', 'analyst', 'liaison_officer'],
  send_notices: ['supervisor', 'analyst', 'liaison_officer'],
  read_statistics: ['admin', 'supervisor', 'liaison_officer', 'auditor'],
  read_operations: ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Capability = keyof typeof CAPABILITIES;
export const CAPABILITY_NAMES = Object.keys(CAPABILITIES) as Capability[];

/** The roles that have this capability. */
export const rolesThatMay = (capability: Capability): Role[] => [...CAPABILITIES[capability]];

export const roleMay = (role: Role, capability: Capability): boolean =>
  (CAPABILITIES[capability] as readonly Role[]).includes(role);

/** What a person with this role may do, in the table's order. */
export const capabilitiesOf = (role: Role): Capability[] =>
  CAPABILITY_NAMES.filter((capability) => roleMay(role, capability));
