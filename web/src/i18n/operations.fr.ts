/** The background work's health (admin home page) in French, the reference for other languages. */
import type { OperationsProblemCode } from '../api/operations-endpoints.ts';
import { pluralFr as plural } from './plural.ts';

export const operationsFr = {
  title: 'Tâches de fond et courrier',
  allRunning: 'Tout tourne : aucune tâche en attente anormale, le courrier part.',
  problems: {
    'jobs.not_installed':
      'Aucun processus n’a encore exécuté les tâches de fond sur cette base : démarrez Vigie avec VIGIE_JOBS=on.',
    'jobs.stalled': 'Des tâches attendent depuis plus d’un quart d’heure : aucun processus ne les exécute ?',
    'jobs.failed': 'Des tâches ont échoué ces dernières 24 h.',
    'outbox.no_smtp':
      'Du courrier attend et aucun serveur SMTP n’est configuré (VIGIE_SMTP_URL) : rien ne part.',
    'outbox.stalled': 'Du courrier attend depuis plus d’un quart d’heure.',
    'outbox.retrying': 'Des messages sont réessayés après une erreur.',
    'outbox.failed': 'Des messages ont été abandonnés ces 7 derniers jours.',
  } satisfies Record<OperationsProblemCode, string>,
  queuesNamed: (names: string[]) => `(${names.join(', ')})`,
  notHere: 'Ce processus n’exécute pas de tâches (VIGIE_JOBS=off) : un autre doit le faire.',
  mail: 'Courrier',
  mailFigures: (queued: number, retrying: number, sent: number, failed: number) =>
    `${plural(queued, 'message en attente', 'messages en attente')} (${retrying} réessayé${retrying > 1 ? 's' : ''}), ` +
    `${plural(sent, 'envoyé', 'envoyés')} en 24 h, ${plural(failed, 'abandonné', 'abandonnés')} en 7 jours.`,
  lastError: (error: string) => `Dernière erreur : ${error}`,
  queues: 'Files de tâches',
  columns: { name: 'File', waiting: 'En attente', failed: 'Échecs 24 h', lastRun: 'Dernière exécution' },
  never: 'jamais',
  warning: 'À regarder',
};
export type OperationsText = typeof operationsFr;
