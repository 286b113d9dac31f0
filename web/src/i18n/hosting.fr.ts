/**
 * The item page's hosting panel and the queue's hosting filter, in French (the reference shape for
 * hosting.en.ts). Problems are one map from a look-up's stable reason to a plain sentence.
 */
import type {
  ContactRole,
  DnsProblem,
  HostedPlace,
  HostingState,
  LookupReason,
  LookupStage,
  RdapProblem,
} from '../api/types.ts';

/** A sentence for a problem: `who` names the stage that failed, `retry` the time of the next try. */
type ProblemSentence = (who: string, retry: string | undefined) => string;
const again = (retry: string | undefined) => (retry ? `, nouvel essai à ${retry}` : '');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const hostingFr = {
  title: 'Hébergement',
  intro:
    'Où le contenu est hébergé et à qui le signaler, d’après le DNS, les bases hors ligne, l’annuaire et les registres (RDAP).',
  states: {
    pending: 'Recherche en cours…',
    retrying: 'Nouvel essai prévu',
    done: 'À jour',
    gave_up: 'Abandonnée',
  } satisfies Record<HostingState, string>,
  lookingUp: 'Recherche de l’hébergement en cours… Cette page se met à jour d’elle-même.',
  retrying: (time: string) => `Certaines réponses ont manqué : nouvel essai à ${time}.`,
  gaveUp: (n: number) =>
    `Des réponses manquent encore après ${n} essais : la recherche s’est arrêtée. Relancez-la plus tard.`,
  lookUpAgain: 'Relancer la recherche',
  asked: 'Nouvelle recherche demandée.',
  record: (at: string) => `Recherche du ${at}`,
  reasons: {
    new_item: () => 'à l’arrivée du contenu',
    asked_again: (name: string | undefined) => (name ? `demandée par ${name}` : 'demandée à nouveau'),
    before_notice: () => 'avant une notification',
    retry: () => 'nouvel essai automatique',
  } satisfies Record<LookupReason, (name: string | undefined) => string>,
  host: 'Nom d’hôte',
  domain: 'Domaine',
  aliases: 'Alias (CNAME)',
  addresses: 'Adresses',
  noAddress: 'Aucune',
  country: 'Pays',
  unknown: 'Inconnu',
  network: 'Réseau',
  cdn: (name: string) => `Origine cachée derrière ${name} : s’adresser d’abord à ${name}.`,
  contacts: 'Contacts pour signaler',
  noContacts: 'Aucun contact trouvé.',
  roles: {
    platform: 'Plateforme',
    cdn: 'CDN',
    host: 'Hébergeur',
    network: 'Réseau',
    registrar: 'Bureau d’enregistrement',
  } satisfies Record<ContactRole, string>,
  fromDirectory: 'Annuaire',
  sources: {
    directory: (date: string) => `annuaire, mis à jour le ${date}`,
    cdn: (date: string) => `liste des CDN, ${date}`,
    rdap_ip: (date: string) => `RDAP (réseau), ${date}`,
    rdap_domain: (date: string) => `RDAP (domaine), ${date}`,
  },
  channelApi: (address: string) => `API : ${address}`,
  newTab: ' (nouvel onglet)',
  contactLanguage: (language: string) => `en ${language}`,
  problemsTitle: 'Ce qui n’a pas répondu',
  stages: {
    dns: 'le DNS',
    geo: 'la base de localisation',
    rdap_ip: 'le registre du réseau (RDAP)',
    rdap_domain: 'le registre du domaine (RDAP)',
  } satisfies Record<LookupStage, string>,
  problems: {
    nxdomain: () => 'Le nom n’existe plus (NXDOMAIN).',
    servfail: (_who, retry) => `Le serveur DNS n’a pas su répondre (SERVFAIL)${again(retry)}.`,
    timeout: (who, retry) => `Pas de réponse de ${who}${again(retry)}.`,
    no_address: () => 'Le nom existe mais ne mène à aucune adresse.',
    refused: (_who, retry) => `Le serveur DNS a refusé la question${again(retry)}.`,
    cname_loop: () => 'Les alias (CNAME) du nom tournent en rond.',
    error: (who, retry) => `Erreur inattendue de ${who}${again(retry)}.`,
    not_found: (who) => `${capitalise(who)} ne connaît pas cette ressource.`,
    rate_limited: (_who, retry) => `Le registre demande de patienter${again(retry)}.`,
    unreachable: (who, retry) => `${capitalise(who)} est injoignable${again(retry)}.`,
    malformed: (who) => `La réponse de ${who} est illisible.`,
    no_bootstrap: () => 'Aucun registre connu pour cette ressource.',
    no_abuse_contact: (who) => `${capitalise(who)} n’indique aucun contact pour les abus.`,
    not_public: () => 'L’adresse n’est pas publique (réseau privé ou local) : ni pays ni réseau.',
    not_in_database: () => 'L’adresse est absente de la base hors ligne.',
  } satisfies Record<DnsProblem | RdapProblem | 'not_public' | 'not_in_database', ProblemSentence> as Record<
    string,
    ProblemSentence | undefined
  >,
  unknownProblem: (who: string, reason: string) => `Problème avec ${who} : ${reason}.`,
  databases: (country: string, asn: string) => `Bases hors ligne : pays du ${country}, réseaux du ${asn}.`,
  noDatabase: 'absente',
  earlier: (n: number) => `Recherches précédentes (${n})`,
  queue: {
    column: 'Hébergé',
    hosted: 'Hébergé',
    hostedAny: 'Partout',
    places: {
      in_country: (country: string) => country,
      abroad: () => 'Étranger',
      unknown: () => 'Inconnu',
    } satisfies Record<HostedPlace, (country: string) => string>,
    country: 'Pays (code)',
    countryHint: 'Deux lettres, par ex. NL',
    countryUnknown: 'Code inconnu',
    countryIncomplete: 'Deux lettres attendues',
    none: 'Inconnu',
  },
};
