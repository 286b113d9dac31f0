/**
 * Every word of the transparency page, in French (the default) and English; the English table is typed
 * by the French one. Category and protected-ground names come from the jurisdiction pack (through the
 * report), what each figure counts from stats-definitions.ts, country names from Intl.
 */
import type { Channel } from '../../intake/index.ts';
import type { RecipientKind } from '../../notices/index.ts';

const fr = {
  locale: 'fr-FR',
  title: (year: number) => `Nos chiffres ${year}`,
  heading: (year: number) => `Transparence : nos chiffres ${year}`,
  lead:
    'Chaque année, nous publions ce que nous avons reçu et ce qu’il en est advenu. Uniquement des totaux : ' +
    'aucune adresse, aucun nom, aucune date plus précise que le mois.',
  smallCounts: (threshold: number) =>
    `Un nombre compris entre 1 et ${threshold - 1} s’affiche «\u202f<\u00a0${threshold}\u202f», et la part ou le taux ` +
    'calculé à partir de lui est masqué : ainsi, personne ne peut être reconnu.',
  years: 'Choisir une année',
  inProgress: (year: number) =>
    `L’année ${year} est en cours : ce sont les chiffres à ce jour, mis à jour régulièrement.`,
  noReports: 'Aucun signalement n’a encore été reçu : il n’y a pas encore de chiffres à publier.',
  hidden: 'masqué',
  none: '—',
  under: (threshold: number) => `<\u00a0${threshold}`,
  hours: (n: string) => `${n} h`,
  table: 'Voir le tableau',

  glance: {
    title: 'L’essentiel',
    reports: 'Signalements reçus',
    change: (change: string, year: number) => `${change} par rapport à ${year}`,
    assessed: 'Contenus qualifiés',
    illegal: 'Contenus illicites',
    illegalityRate: 'Taux d’illicéité',
    illegalityBasis: (illegal: string, assessed: string) =>
      `${illegal} contenus signalés qualifiés illicites sur ${assessed}`,
    removalRate: 'Taux de retrait',
    median: 'Délai médian de retrait',
  },
  months: { title: 'Signalements par mois', month: 'Mois', reports: 'Signalements' },
  channels: {
    title: 'Par où arrivent les signalements',
    channel: 'Canal',
    reports: 'Signalements',
    share: 'Part',
    names: {
      web_form: 'Formulaire public',
      api: 'API (signaleurs de confiance, applications)',
      partner_hotline: 'Hotlines partenaires',
      hash_list: 'Listes d’empreintes',
      staff: 'Équipe de la hotline',
    } satisfies Record<Channel, string>,
  },
  categories: {
    title: 'Contenus illicites par catégorie',
    category: 'Catégorie',
    items: 'Contenus',
    share: 'Part',
    empty: 'Aucun contenu n’a été qualifié illicite cette année-là.',
  },
  removal: {
    title: 'Retrait des contenus notifiés',
    notified: 'Contenus notifiés aux hébergeurs et plateformes',
    removed: 'Retirés depuis',
    rate: 'Taux de retrait',
    median: 'Délai médian de retrait',
    within24h: 'Retirés dans les 24 heures',
    within7d: 'Retirés dans les 7 jours',
  },
  notices: {
    title: 'Transmissions et notifications',
    police: 'Transmissions à la police',
    policeNotices: 'Transmissions',
    policeItems: 'Contenus transmis',
    inCountry: (country: string) => `Dont hébergés dans le pays (${country})`,
    inCountryShare: (share: string) => `soit ${share} des contenus transmis`,
    shareHidden: 'part masquée',
    hosts: 'Notifications aux hébergeurs et plateformes',
    notices: 'Notifications',
    items: 'Contenus notifiés',
    recipient: 'Destinataire',
    recipients: {
      host: 'Hébergeurs',
      platform: 'Plateformes',
      registrar: 'Bureaux d’enregistrement',
      police_portal: 'Portail de signalement de la police',
      partner_hotline: 'Hotlines partenaires',
      police_liaison: 'Liaison police',
    } satisfies Record<RecipientKind, string>,
    partners: 'Transmissions aux hotlines partenaires',
    partnerNotices: 'Transmissions',
    partnerItems: 'Contenus transmis',
    country: 'Pays d’hébergement',
  },
  countries: {
    title: 'Pays d’hébergement des contenus illicites',
    country: 'Pays',
    items: 'Contenus',
    share: 'Part',
    rest: (n: number) => `${n} autre${n > 1 ? 's' : ''} pays`,
    unknown: 'Inconnu',
    empty: 'Aucun contenu illicite dont l’hébergement est connu.',
  },
  hate: {
    title: 'Haine en ligne, par motif',
    ground: 'Motif',
    items: 'Contenus',
    share: 'Part',
    empty: 'Aucun contenu haineux n’a été qualifié illicite cette année-là.',
  },
  terrorism: {
    title: 'Terrorisme',
    reported: 'Signalés comme terroristes',
    qualifiedIllegal: 'Qualifiés illicites',
    pending: 'En attente de qualification',
  },
  definitions: { title: 'Ce que compte chaque chiffre' },
};

export type TransparencyMessages = typeof fr;

const en: TransparencyMessages = {
  locale: 'en-GB',
  title: (year) => `Our figures for ${year}`,
  heading: (year) => `Transparency: our figures for ${year}`,
  lead:
    'Every year we publish what we received and what came of it. Totals only: no address, no name, ' +
    'no date more precise than the month.',
  smallCounts: (threshold) =>
    `A count from 1 to ${threshold - 1} shows as “<\u00a0${threshold}”, and a share or rate computed from it ` +
    'is hidden, so that nobody can be recognised.',
  years: 'Choose a year',
  inProgress: (year) => `${year} is not over yet: these are the figures so far, updated regularly.`,
  noReports: 'No report has been received yet: there are no figures to publish.',
  hidden: 'hidden',
  none: '—',
  under: (threshold) => `<\u00a0${threshold}`,
  hours: (n) => `${n} h`,
  table: 'Show the table',

  glance: {
    title: 'At a glance',
    reports: 'Reports received',
    change: (change, year) => `${change} on ${year}`,
    assessed: 'Items qualified',
    illegal: 'Illegal items',
    illegalityRate: 'Illegality rate',
    illegalityBasis: (illegal, assessed) => `${illegal} of ${assessed} reported items qualified illegal`,
    removalRate: 'Removal rate',
    median: 'Median time to removal',
  },
  months: { title: 'Reports per month', month: 'Month', reports: 'Reports' },
  channels: {
    title: 'How reports arrive',
    channel: 'Channel',
    reports: 'Reports',
    share: 'Share',
    names: {
      web_form: 'Public form',
      api: 'API (trusted flaggers, apps)',
      partner_hotline: 'Partner hotlines',
      hash_list: 'Hash lists',
      staff: 'The hotline’s staff',
    },
  },
  categories: {
    title: 'Illegal content by category',
    category: 'Category',
    items: 'Items',
    share: 'Share',
    empty: 'No item was qualified illegal that year.',
  },
  removal: {
    title: 'Removal of notified content',
    notified: 'Items notified to hosts and platforms',
    removed: 'Removed since',
    rate: 'Removal rate',
    median: 'Median time to removal',
    within24h: 'Removed within 24 hours',
    within7d: 'Removed within 7 days',
  },
  notices: {
    title: 'Transmissions and notices',
    police: 'Transmissions to the police',
    policeNotices: 'Transmissions',
    policeItems: 'Items transmitted',
    inCountry: (country) => `Of which hosted in ${country}`,
    inCountryShare: (share) => `${share} of the items transmitted`,
    shareHidden: 'share hidden',
    hosts: 'Notices to hosts and platforms',
    notices: 'Notices',
    items: 'Items notified',
    recipient: 'Recipient',
    recipients: {
      host: 'Hosts',
      platform: 'Platforms',
      registrar: 'Registrars',
      police_portal: 'Police reporting portal',
      partner_hotline: 'Partner hotlines',
      police_liaison: 'Police liaison',
    },
    partners: 'Forwards to partner hotlines',
    partnerNotices: 'Forwards',
    partnerItems: 'Items forwarded',
    country: 'Hosting country',
  },
  countries: {
    title: 'Where illegal content was hosted',
    country: 'Country',
    items: 'Items',
    share: 'Share',
    rest: (n) => `${n} other ${n > 1 ? 'countries' : 'country'}`,
    unknown: 'Unknown',
    empty: 'No illegal item whose hosting is known.',
  },
  hate: {
    title: 'Online hate, by protected ground',
    ground: 'Ground',
    items: 'Items',
    share: 'Share',
    empty: 'No hateful item was qualified illegal that year.',
  },
  terrorism: {
    title: 'Terrorism',
    reported: 'Reported as terrorism',
    qualifiedIllegal: 'Qualified illegal',
    pending: 'Awaiting qualification',
  },
  definitions: { title: 'What each figure counts' },
};

export const transparencyMessages = { fr, en } as const;
