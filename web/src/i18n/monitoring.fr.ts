/**
 * Removal monitoring in French (the reference shape for monitoring.en.ts): the item page's follow-up
 * section with its timeline, and the monitoring screen. Lists are typed by the server's lists, so a
 * new state, outcome or check reason fails here. A fetch failure's code is worded by capture.fr.ts.
 */
import type { CheckOutcome, CheckReason, MonitoringState } from '../api/types.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** "3 j 4 h", "5 h", "moins d’1 h": how long, as an analyst reads it at a glance. */
const duration = (hours: number) => {
  if (hours < 1) return 'moins d’1 h';
  const days = Math.floor(hours / 24);
  const rest = Math.floor(hours - days * 24);
  if (days === 0) return `${rest} h`;
  return rest === 0 ? `${days} j` : `${days} j ${rest} h`;
};

export const monitoringFr = {
  duration,
  states: {
    watching: 'En suivi',
    paused: 'En pause',
    removed: 'Retiré',
  } satisfies Record<MonitoringState, string>,
  outcomes: {
    online: 'En ligne',
    removed: 'Retiré',
    inconclusive: 'Sans réponse',
  } satisfies Record<CheckOutcome, string>,
  /** Why a check found what it found; a fetch failure's code is worded by t.capture.codes. */
  reasons: {
    name_gone: 'le nom de domaine n’existe plus',
    connection_refused: 'le serveur refuse la connexion',
    not_found: 'page introuvable',
    gone: 'page supprimée définitivement',
    content_gone: 'la page répond, mais le contenu capturé n’y est plus',
    same_bytes: 'le même fichier qu’à la capture',
    same_picture: 'la même image qu’à la capture (empreinte PDQ)',
    embeds_captured_media: 'la page affiche encore une image capturée',
    answers_without_evidence: 'l’adresse répond (aucune capture pour comparer)',
  } satisfies Record<CheckReason, string> as Record<string, string | undefined>,
  unknownReason: (code: string) => `motif ${code}`,
  panel: {
    title: 'Suivi du retrait',
    none: 'Le suivi commence quand un signalement sur ce contenu est parti : Vigie vérifie alors l’adresse jusqu’au retrait.',
    starting:
      'Un signalement est parti : le suivi commence dans la minute. Cette section se met à jour d’elle-même.',
    since: {
      watching: (at: string) => `en ligne depuis le ${at}`,
      paused: (at: string) => `en pause depuis le ${at}`,
      removed: (at: string) => `retiré depuis le ${at}`,
    } satisfies Record<MonitoringState, (at: string) => string>,
    firstNotice: 'Premier signalement parti',
    nextCheck: 'Prochaine vérification',
    noNextCheck: 'Aucune prévue',
    lastCheck: 'Dernière vérification',
    notCheckedYet: 'Pas encore vérifié',
    timeToRemoval: 'Temps jusqu’au retrait',
    removedAt: (duration: string, at: string) => `${duration} (retiré le ${at})`,
    recordedBy: (name: string) => `constaté par ${name}`,
    reminders: 'Rappels envoyés',
    escalation: 'Escalade',
    notEscalated: 'Pas encore',
    reappearances: 'Retours en ligne',
    reappeared: (n: number, at: string) => `${n} (dernier le ${at})`,
    pause: 'Pause',
    pausedBy: (name: string | null, at: string) => (name ? `par ${name}, le ${at}` : `le ${at}`),
    checkRequested:
      'Vérification demandée : elle a lieu dans la minute. Cette section se met à jour d’elle-même.',
  },
  actions: {
    checkNow: 'Vérifier maintenant',
    pause: 'Mettre en pause…',
    resume: 'Reprendre',
    recordRemoved: 'Marquer retiré…',
    cancel: 'Annuler',
  },
  pauseForm: {
    reason: 'Pourquoi mettre le suivi en pause ?',
    hint: 'Obligatoire ; gardé au dossier et dans le journal d’audit. Ni vérification, ni rappel, ni escalade pendant la pause.',
    submit: 'Mettre en pause',
    required: 'Donnez la raison.',
  },
  removedForm: {
    note: 'Comment le retrait a-t-il été constaté ? (facultatif)',
    hint: 'Par exemple : la réponse de l’hébergeur, une vérification faite à la main.',
    confirm:
      'Vigie enregistrera le contenu comme retiré maintenant, à votre nom : le temps jusqu’au retrait s’arrête à cette heure, les rappels et l’escalade cessent. L’adresse sera encore vérifiée plus tard, au cas où le contenu reviendrait.',
    submit: 'Oui, le contenu est retiré',
  },
  done: {
    checkNow: 'Vérification demandée.',
    pause: 'Suivi mis en pause.',
    resume: 'Suivi repris : nouvelle vérification dans la minute.',
    recordRemoved: 'Contenu enregistré comme retiré.',
  },
  conflict: 'Le suivi a changé entre-temps : la section a été rechargée, voyez où il en est.',
  errors: {
    'monitoring.not_monitored': 'Aucun signalement sur ce contenu n’est encore parti : rien n’est suivi.',
  } as Record<string, string | undefined>,
  timeline: {
    title: 'Historique',
    label: 'Historique des vérifications et du suivi, du plus récent au plus ancien',
    empty: 'Aucune vérification pour l’instant.',
    older: (n: number) => `Afficher les ${n} plus anciens`,
    check: 'Vérification',
    status: (code: number) => `HTTP ${code}`,
    noAnswer: 'pas de réponse HTTP',
    finalUrl: 'adresse finale',
    askedBy: (name: string) => `demandée par ${name}`,
    by: (name: string) => `par ${name}`,
    events: {
      'monitoring.removal_confirmed': 'Retrait confirmé',
      'monitoring.reappeared': 'Contenu revenu en ligne',
      'monitoring.reminded': 'Rappel envoyé',
      'monitoring.escalated': 'Escalade',
      'monitoring.paused': 'Mis en pause',
      'monitoring.resumed': 'Suivi repris',
      'monitoring.closed_removed': 'Marqué retiré',
      'monitoring.check_requested': 'Vérification demandée',
    } as Record<string, string | undefined>,
    confirmedAfter: (duration: string) => `par deux vérifications, ${duration} après le premier signalement`,
    reminderNumber: (n: number) => `rappel n° ${n}`,
    notices: (n: number) => plural(n, 'signalement écrit', 'signalements écrits'),
    escalatedTo: (kinds: string) => `vers : ${kinds}`,
    note: (text: string) => `« ${text} »`,
  },
  screen: {
    nav: 'Suivi des retraits',
    title: 'Suivi des retraits',
    intro: 'Les contenus signalés, vérifiés jusqu’à leur retrait : ce qui tarde, et qui retire lentement.',
    overdueAfter: 'En retard après',
    overdueOptions: [
      { hours: 24, label: '24 h' },
      { hours: 72, label: '72 h' },
      { hours: 168, label: '7 jours' },
    ],
    counts: 'Où en est le suivi',
    watching: 'En suivi',
    paused: 'En pause',
    removed: 'Retirés',
    overdue: 'En retard',
    times: 'Temps jusqu’au retrait',
    median: 'Médiane',
    noMedian: '—',
    within24h: 'Retirés en 24 h',
    within72h: 'Retirés en 72 h',
    within7d: 'Retirés en 7 jours',
    stillOnline: 'Encore en ligne',
    notified: 'Signalés',
    definitions: (after: string) =>
      `Le temps jusqu’au retrait court du premier signalement parti jusqu’au retrait confirmé (deux vérifications de suite, ou constaté par une personne) ; les parts sont celles des contenus signalés ; un contenu est en retard quand il est encore en ligne ${after} après le premier signalement (ou après son retour en ligne).`,
    overdueTitle: 'En retard',
    overdueCaption: (after: string) =>
      `Contenus encore en ligne plus de ${after} après le premier signalement, les plus longtemps en ligne d’abord`,
    noneOverdue: 'Rien n’est en retard.',
    more: (n: number) => `Les ${n} premiers sont affichés.`,
    columns: {
      address: 'Adresse',
      host: 'Hébergeur',
      country: 'Pays',
      online: 'En ligne depuis',
      reminders: 'Rappels',
      escalated: 'Escalade',
      lastCheck: 'Dernière vérification',
      overdue: 'En retard',
      notified: 'Signalés',
      removed: 'Retirés',
      stillOnline: 'Encore en ligne',
      median: 'Médiane',
      within24h: '≤ 24 h',
      within72h: '≤ 72 h',
      within7d: '≤ 7 j',
    },
    openItemOf: (url: string) => `Ouvrir la fiche de ${url}`,
    yes: 'Oui',
    no: 'Non',
    never: 'Jamais',
    unknown: 'Inconnu',
    byHost: 'Par hébergeur',
    byHostCaption:
      'Par hébergeur (réseau), les pires d’abord : le plus de contenus en retard, puis encore en ligne',
    byCountry: 'Par pays',
    byCountryCaption: 'Par pays d’hébergement, du plus signalé au moins signalé',
    empty: 'Aucun contenu suivi pour l’instant : le suivi commence quand un premier signalement part.',
    refresh: 'Actualiser',
  },
};
