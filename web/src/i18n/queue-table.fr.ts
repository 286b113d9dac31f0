/**
 * French strings of the queue's table: columns and their orders, density, selection and bulk actions.
 * The reference for queue-table.en.ts; fr.ts puts them under `queueTable`.
 */
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const queueTableFr = {
  columns: {
    select: 'Sélection',
    item: 'Adresse',
    category: 'Catégorie',
    reports: 'Signalements',
    /** The reports column's header, short (its full name is in `reports`). */
    reportsShort: 'Sign.',
    hosting: 'Pays d’hébergement',
    hostingShort: 'Pays',
    received: 'Reçu',
    due: 'Échéance',
    state: 'État',
    claim: 'Pris par',
    actions: 'Actions',
  },
  sortBy: (column: string) => `Trier par ${column.toLowerCase()}`,
  /** Time since the first report, short enough for a column: "< 1 h", "26 h", "3 j". */
  ageShort: (hours: number) =>
    hours < 1 ? '< 1 h' : hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} j`,
  receivedAt: (time: string) => `Premier signalement : ${time}`,
  late: 'En retard',
  dueAt: (time: string) => `Échéance : ${time}`,
  density: 'Densité',
  compact: 'Compacte',
  comfortable: 'Confortable',
  densitySaved: 'Densité enregistrée pour votre compte.',
  selectAll: (n: number) => `Sélectionner les ${plural(n, 'contenu affiché', 'contenus affichés')}`,
  selectItem: (url: string) => `Sélectionner ${url}`,
  selected: (n: number) => plural(n, 'contenu sélectionné', 'contenus sélectionnés'),
  clearSelection: 'Tout désélectionner',
  bulkActions: 'Actions groupées',
  claimSelected: 'Prendre',
  assignTo: 'Confier à',
  choosePerson: '— Choisir —',
  assign: 'Confier',
  closeAs: 'Clore comme',
  chooseVerdict: '— Choisir —',
  close: 'Clore',
  closeNote:
    'Clore enregistre une évaluation de chaque contenu dans sa catégorie actuelle (règles du double contrôle appliquées).',
  verdicts: {
    out_of_scope: 'Hors de notre champ',
    unreachable: 'Inaccessible',
    not_illegal: 'Non illicite',
  },
  duplicateOf: 'Doublon de',
  duplicatePlaceholder: 'Lien de la fiche ou identifiant',
  markDuplicate: 'Marquer doublons',
  working: 'En cours…',
  summaryTitle: 'Résultat de l’action groupée',
  summary: (done: number, refused: number) =>
    `${plural(done, 'fait', 'faits')}, ${plural(refused, 'refusé', 'refusés')}.`,
  refusedTitle: 'Refusés',
  notesTitle: 'À savoir',
  dismiss: 'Fermer le résultat',
  /** Why a bulk action left an item alone (codes of the single actions not in workspace.errors). */
  reasons: {
    'reassign.role': 'Seul·e un·e analyste ou un·e superviseur·e peut recevoir un contenu.',
    'reassign.disabled': 'Ce compte est désactivé.',
    'staff.not_found': 'Cette personne n’existe pas.',
    'assessment.awaiting_second': 'Enregistré ; compte dès qu’un·e second·e analyste confirme.',
    'bulk.failed': 'Ce contenu n’a pas pu être modifié ; essayez-le seul.',
    'duplicate.self': 'Un contenu ne peut pas être son propre doublon.',
    'duplicate.original_not_final':
      'Le contenu dont ils sont les doublons n’a pas encore de verdict définitif : qualifiez-le d’abord (ou attendez son second avis).',
    'duplicate.original_not_found': 'Aucun contenu avec cet identifiant.',
  } as Record<string, string | undefined>,
};

export type QueueTableMessages = typeof queueTableFr;
