/**
 * The notices panel of the item page and the liaison officer's screen, in French (the reference
 * shape for notices.en.ts). Lists are typed by the server's lists, so a new state or kind fails here.
 */
import type { NoticeChannel, NoticePurpose, NoticeState, RecipientKind, ReplyKind } from '../api/types.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const noticesFr = {
  title: 'Signalements aux destinataires',
  none: 'Aucun signalement pour ce contenu : ils sont proposés quand la qualification est définitive et l’hébergement connu.',
  kinds: {
    host: 'Hébergeur',
    platform: 'Plateforme',
    registrar: 'Bureau d’enregistrement',
    police_portal: 'Portail de la police',
    partner_hotline: 'Hotline partenaire',
    police_liaison: 'Liaison police internationale',
  } satisfies Record<RecipientKind, string>,
  channels: {
    email: 'e-mail',
    web_form: 'formulaire web',
    api: 'API',
    portal_batch: 'lot quotidien du portail',
  } satisfies Record<NoticeChannel, string>,
  states: {
    proposed: 'Proposé',
    queued: 'Approuvé, en attente d’envoi',
    sent: 'Envoyé',
    acknowledged: 'Reçu par le destinataire',
    failed: 'Échec de l’envoi',
    withheld: 'Non envoyé',
    withdrawn: 'Retiré',
  } satisfies Record<NoticeState, string>,
  replyKinds: {
    reply: 'Réponse',
    bounce: 'Retour en erreur',
    acknowledgement: 'Accusé de réception',
  } satisfies Record<ReplyKind, string>,
  /** A follow-up written by removal monitoring; `date`: when the notice it follows left, if known. */
  purposes: {
    reminder: (date: string | null) =>
      date ? `Rappel du signalement du ${date}` : 'Rappel d’un signalement',
    reappeared: (date: string | null) =>
      date ? `Contenu revenu en ligne : retiré après le signalement du ${date}` : 'Contenu revenu en ligne',
    escalation: (date: string | null) =>
      date ? `Escalade : toujours en ligne après le signalement du ${date}` : 'Escalade',
  } satisfies Record<Exclude<NoticePurpose, 'notice'>, (date: string | null) => string>,
  unnamed: 'Destinataire sans nom',
  noAddress: 'Pas d’adresse : en ajouter une avant d’approuver',
  recipient: 'Destinataire',
  channel: 'Canal',
  address: 'Adresse',
  language: 'Langue',
  reason: 'Motif',
  state: 'État',
  stateAt: (state: string, at: string) => `${state} · ${at}`,
  approvedBy: (name: string) => `approuvé par ${name}`,
  approvedBySystem: 'approuvé automatiquement',
  withheldReason: (reason: string) => `Raison : ${reason}`,
  notBefore: (at: string) => `Peut partir après le ${at}`,
  automatic: 'Automatique',
  automaticHint: 'part sans approbation une fois le délai écoulé',
  attempts: (n: number, error: string | null) =>
    `${plural(n, 'tentative', 'tentatives')}${error ? ` · dernière erreur : ${error}` : ''}`,
  replies: (n: number) => `Retours (${n})`,
  replyBy: (kind: string, at: string, name: string | null) => `${kind} · ${at}${name ? ` · ${name}` : ''}`,
  actions: {
    approve: 'Approuver…',
    withhold: 'Ne pas envoyer…',
    withdraw: 'Retirer',
    markSent: 'Marquer comme envoyé',
    acknowledge: 'Accusé de réception',
    reply: 'Ajouter un retour…',
    cancel: 'Annuler',
    of: (action: string, recipient: string) => `${action} — ${recipient}`,
  },
  editor: {
    title: 'Approuver le signalement',
    intro: 'Relisez et corrigez si besoin : le texte est figé à l’approbation, puis envoyé.',
    subject: 'Objet',
    body: 'Texte',
    address: 'Adresse du destinataire',
    addressHint: 'Adresse e-mail de signalement (abuse) du destinataire.',
    submit: 'Approuver et envoyer',
  },
  withholdForm: {
    reason: 'Pourquoi ne pas l’envoyer ?',
    hint: 'Obligatoire ; gardé au dossier et dans le journal d’audit.',
    submit: 'Ne pas envoyer',
    required: 'Donnez la raison.',
  },
  replyForm: {
    kind: 'Type de retour',
    text: 'Texte reçu',
    submit: 'Enregistrer le retour',
    required: 'Collez ou résumez ce qui est revenu.',
  },
  done: {
    approve: 'Signalement approuvé.',
    withhold: 'Signalement retenu : il ne sera pas envoyé.',
    withdraw: 'Signalement retiré.',
    markSent: 'Signalement marqué comme envoyé.',
    acknowledge: 'Accusé de réception enregistré.',
    reply: 'Retour enregistré.',
  },
  conflict:
    'Quelqu’un d’autre a agi sur ce signalement entre-temps : la liste a été rechargée, voyez où il en est.',
  errors: {
    'notice.not_found': 'Ce signalement n’existe plus.',
    'notice.no_address':
      'Ce signalement n’a pas d’adresse e-mail valable : indiquez-en une pour l’approuver.',
    'notice.sent_by_outbox': 'Un signalement par e-mail est marqué envoyé par la boîte d’envoi elle-même.',
    'notice.no_items': 'Ce signalement ne porte sur aucun contenu.',
    'notice.invalid_xarf': 'La partie lisible par machine n’a pas pu être construite : rien n’a été envoyé.',
  } as Record<string, string | undefined>,
  liaison: {
    nav: 'Transmissions',
    title: 'Transmissions',
    intro:
      'Les lots pour la plateforme de la police, puis les signalements à approuver, en échec ou à envoyer à la main, les transmissions aux hotlines partenaires et les retours à enregistrer.',
    filters: 'Filtres',
    state: 'État',
    kind: 'Destinataire',
    any: 'Tous',
    sections: {
      proposed: 'À approuver',
      failed: 'En échec',
      manual: 'À envoyer à la main',
      partners: 'Hotlines partenaires',
      replies: 'Envoyés : retours à enregistrer',
      filtered: 'Signalements',
    },
    empty: 'Rien ici.',
    count: (n: number, more: boolean) => `${n}${more ? '+' : ''}`,
    age: (hours: number) =>
      hours < 1 ? 'moins d’1 h' : hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} j`,
    ageLabel: 'Ancienneté',
    items: (n: number) => plural(n, 'contenu', 'contenus'),
    openItem: 'fiche',
    openItemOf: (url: string) => `Ouvrir la fiche de ${url}`,
  },
  batches: {
    title: 'Lots pour la plateforme de signalement de la police',
    intro:
      'La plateforme de la police se remplit à la main : Vigie rassemble chaque jour dans un lot les signalements approuvés qui lui sont destinés. Téléchargez le fichier du lot, déposez-le sur la plateforme, puis marquez le lot transmis.',
    prepare: 'Préparer un lot maintenant',
    prepareHint: 'Rassemble les signalements pour la plateforme qu’aucun lot ne contient encore.',
    prepared: (label: string, items: number, notices: number) =>
      `Lot ${label} préparé : ${plural(items, 'contenu', 'contenus')} (${plural(notices, 'signalement', 'signalements')}).`,
    noneWaiting:
      'Aucun signalement pour la plateforme de la police n’est en attente : aucun lot n’a été préparé.',
    caption: 'Lots, du plus récent au plus ancien',
    columns: {
      batch: 'Lot',
      content: 'Contenu',
      state: 'État',
      files: 'Fichiers',
      actions: 'Actions',
    },
    label: (date: string, number: number) => `du ${date} n° ${number}`,
    number: (n: number) => `n° ${n}`,
    counts: (items: number, notices: number) =>
      `${plural(items, 'contenu', 'contenus')} · ${plural(notices, 'signalement', 'signalements')}`,
    states: { prepared: 'Préparé', transmitted: 'Transmis' },
    preparedBy: (name: string | null, at: string) =>
      name ? `préparé par ${name}, ${at}` : `préparé automatiquement, ${at}`,
    transmittedBy: (name: string | null, at: string) => `transmis par ${name ?? '—'}, ${at}`,
    download: (format: string, label: string) => `Télécharger le lot ${label} en ${format}`,
    audited: 'Chaque téléchargement est inscrit au journal d’audit.',
    markTransmitted: 'Marquer transmis…',
    markLabel: (label: string) => `Marquer transmis le lot ${label}`,
    confirmText: (notices: number, items: number) =>
      `Vous confirmez avoir déposé ce lot sur la plateforme de la police. Vigie inscrira l’heure actuelle, à votre nom, comme heure d’envoi ${notices > 1 ? `de chacun de ses ${notices} signalements` : 'de son signalement'} (${plural(items, 'contenu', 'contenus')}). Cela ne peut pas être annulé.`,
    confirm: 'Oui, le lot est transmis',
    confirmLabel: (label: string) => `Oui, le lot ${label} est transmis`,
    cancel: 'Annuler',
    transmitted: (label: string, at: string) =>
      `Lot ${label} marqué transmis : ses signalements sont enregistrés comme envoyés le ${at}.`,
    alreadyTransmitted: 'Ce lot était déjà marqué transmis : la liste a été rechargée.',
    empty: 'Aucun lot pour l’instant.',
    older: 'Afficher des lots plus anciens',
  },
};
