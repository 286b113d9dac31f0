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
    hosting: 'Hébergement',
    received: 'Reçu',
    due: 'Échéance',
    state: 'État',
    claim: 'Pris par',
    actions: 'Actions',
  },
  sortBy: (column: string) => `Trier par ${column.toLowerCase()}`,
  receivedAgo: (age: string) => `il y a ${age}`,
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
  working: 'En cours…',
  summaryTitle: 'Résultat de l’action groupée',
  summary: (done: number, refused: number) =>
    `${plural(done, 'fait', 'faits')}, ${plural(refused, 'refusé', 'refusés')}.`,
  refusedTitle: 'Refusés',
  notesTitle: 'À savoir',
  dismiss: 'Fermer le résultat',
};

export type QueueTableMessages = typeof queueTableFr;
