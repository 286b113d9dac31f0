/**
 * What each figure counts, written once: the dashboard shows these beside the charts, the printable
 * report prints them as its notes, and the queries files follow them (each names the definition it
 * implements). Change a definition here and in its query together.
 */
import type { Localised } from '../../jurisdictions/jurisdiction.ts';

export const DEFINITION_KEYS = [
  'report',
  'item',
  'derived_item',
  'period',
  'illegal',
  'illegality_rate',
  'notice',
  'police_transmission',
  'removal',
  'hosting_country',
  'service_type',
  'backlog',
  'dsa',
  'small_counts',
] as const;
export type DefinitionKey = (typeof DEFINITION_KEYS)[number];

export const DEFINITIONS: Record<DefinitionKey, { term: Localised; text: Localised }> = {
  report: {
    term: { fr: 'Signalement', en: 'Report' },
    text: {
      fr: 'Un envoi, par le formulaire public, l’API, une hotline partenaire ou l’équipe, compté à sa date de réception. Un signalement peut nommer plusieurs adresses.',
      en: 'One submission, through the public form, the API, a partner hotline or the staff, counted on the date it was received. A report may name several addresses.',
    },
  },
  item: {
    term: { fr: 'Contenu', en: 'Item' },
    text: {
      fr: 'Une adresse signalée, comptée une fois quel que soit le nombre de signalements qui la nomment, à la date de son premier signalement, avec sa qualification actuelle.',
      en: 'One reported address, counted once however many reports name it, on the date of its first report, with its qualification as it stands now.',
    },
  },
  derived_item: {
    term: { fr: 'Contenu dérivé', en: 'Derived item' },
    text: {
      fr: 'Une adresse trouvée par un analyste en traitant un autre contenu. Comptée parmi les contenus qualifiés et les retraits, mais pas dans le taux d’illicéité (personne ne l’a signalée).',
      en: 'An address an analyst found while working another item. Counted among qualified items and removals, not in the illegality rate (nobody reported it).',
    },
  },
  period: {
    term: { fr: 'Période', en: 'Period' },
    text: {
      fr: 'Des dates locales du fuseau de la hotline, bornes incluses : une année commence le 1er janvier à minuit, heure locale.',
      en: 'Local dates in the hotline’s time zone, both ends included: a year starts on 1 January at local midnight.',
    },
  },
  illegal: {
    term: { fr: 'Illicite', en: 'Illegal' },
    text: {
      fr: 'Qualifié « illicite » ou « préjudiciable aux mineurs » par une qualification qui compte (définitive, confirmée par un second analyste ou maintenue par un superviseur).',
      en: 'Qualified “illegal” or “harmful to minors” by an assessment that counts (final, confirmed by a second analyst or upheld by a supervisor).',
    },
  },
  illegality_rate: {
    term: { fr: 'Taux d’illicéité', en: 'Illegality rate' },
    text: {
      fr: 'Contenus signalés qualifiés illicites ÷ contenus signalés qualifiés (tous verdicts, inaccessibles et hors champ compris). Les contenus dérivés n’y entrent pas.',
      en: 'Reported items qualified illegal ÷ reported items qualified (every verdict, unreachable and out of scope included). Derived items are left out.',
    },
  },
  notice: {
    term: { fr: 'Notification', en: 'Notice' },
    text: {
      fr: 'Un message parti (envoyé ou accusé de réception) vers un hébergeur, une plateforme, un bureau d’enregistrement, la police ou une hotline partenaire, compté à sa date d’envoi. Les relances et escalades sont comptées à part.',
      en: 'A message that left (sent or acknowledged) to a host, a platform, a registrar, the police or a partner hotline, counted on the date it was sent. Reminders and escalations are counted apart.',
    },
  },
  police_transmission: {
    term: { fr: 'Transmission à la police', en: 'Police transmission' },
    text: {
      fr: 'Une notification au portail de signalement de la police ou à la liaison police. « Hébergé dans le pays » se lit sur la recherche d’hébergement utilisée par la notification.',
      en: 'A notice to the police reporting portal or the police liaison. “Hosted in the country” is read from the hosting look-up the notice relied on.',
    },
  },
  removal: {
    term: { fr: 'Retrait', en: 'Removal' },
    text: {
      fr: 'Un contenu dont la première notification est partie dans la période, trouvé retiré depuis (deux vérifications, ou constaté par l’équipe). Le délai court de cette première notification au premier constat de retrait ; un contenu revenu reste compté comme retiré dans ce délai.',
      en: 'An item whose first notice left in the period, found gone since (two checks, or recorded by the staff). The time runs from that first notice to the first time it was found gone; content that came back still counts as removed within that time.',
    },
  },
  hosting_country: {
    term: { fr: 'Pays d’hébergement', en: 'Hosting country' },
    text: {
      fr: 'Le pays de l’adresse IP lors de la dernière recherche d’hébergement, selon la base hors ligne ; « inconnu » sans recherche aboutie.',
      en: 'The country of the IP address at the latest hosting look-up, from the offline database; “unknown” without a look-up that resolved.',
    },
  },
  service_type: {
    term: { fr: 'Type de service', en: 'Type of service' },
    text: {
      fr: 'Selon la dernière recherche d’hébergement : une plateforme de l’annuaire, un site derrière un CDN, un site hébergé directement, ou inconnu.',
      en: 'From the latest hosting look-up: a platform of the directory, a site behind a CDN, a site hosted directly, or unknown.',
    },
  },
  backlog: {
    term: { fr: 'En attente', en: 'Backlog' },
    text: {
      fr: 'Les contenus sans qualification qui compte : maintenant, et tels qu’ils étaient à la fin de la période.',
      en: 'Items without an assessment that counts: now, and as they stood at the end of the period.',
    },
  },
  dsa: {
    term: { fr: 'Rapport de signaleur de confiance (DSA)', en: 'Trusted-flagger report (DSA)' },
    text: {
      fr: 'Règlement (UE) 2022/2065, art. 22 §3 : les notifications au sens de l’art. 16 (aux hébergeurs et plateformes, hors relances), par fournisseur, par type de contenu illicite et selon la suite donnée, vue par le suivi des retraits.',
      en: 'Regulation (EU) 2022/2065, Art. 22(3): notices in the sense of Art. 16 (to hosts and platforms, reminders left out), by provider, by type of illegal content and by the action taken, as removal monitoring saw it.',
    },
  },
  small_counts: {
    term: { fr: 'Petits nombres', en: 'Small counts' },
    text: {
      fr: 'Sur la page publique, un nombre non nul sous le seuil (5 par défaut) s’affiche « < 5 », pour que personne ne puisse être reconnu.',
      en: 'On the public page, a count above zero under the threshold (5 by default) shows as “< 5”, so that nobody can be recognised.',
    },
  },
};
