/** Chaînes françaises de la recherche dans la file (« l’avons-nous déjà vu ? »). */
import type { QueueSearchAnswer } from '../api/queue-search-endpoints.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
/** Une empreinte de 64 chiffres ne tient pas sur une ligne de téléphone : son début suffit à la reconnaître. */
const short = (hash: string) => (hash.length > 16 ? `${hash.slice(0, 16)}…` : hash);

export const queueSearchFr = {
  label: 'Rechercher dans tous les contenus',
  placeholder: 'VG-7K3M-9QX2, https://…, exemple.fr, empreinte SHA-256, MD5 ou PDQ, morceau d’adresse',
  hint: 'Entrée pour chercher, Échap pour effacer, « / » pour revenir ici. Les contenus déjà qualifiés sont inclus.',
  submit: 'Rechercher',
  clear: 'Effacer la recherche',
  /** Ce que la recherche a reconnu, pour la phrase « 3 contenus correspondent au domaine exemple.fr ». */
  what: (s: QueueSearchAnswer): string => {
    switch (s.kind) {
      case 'tracking_code':
        return `au signalement ${s.value}`;
      case 'url':
        return `à l’adresse ${s.value}`;
      case 'domain':
        return `au domaine ${s.value} (et ses sous-domaines)`;
      case 'sha256':
        return `à l’empreinte SHA-256 ${short(s.value)}`;
      case 'md5':
        return `à l’empreinte MD5 ${s.value}`;
      case 'pdq':
        return `à l’empreinte PDQ ${short(s.value)} (à ${plural(s.distance ?? 0, 'bit', 'bits')} près)`;
      case 'text':
        return `à « ${s.value} » dans l’adresse`;
    }
  },
  found: (total: number, what: string, assessed: number) =>
    `${total > 1 ? `${total} contenus correspondent` : '1 contenu correspond'} ${what}` +
    (assessed > 0 ? `, dont ${plural(assessed, 'déjà qualifié', 'déjà qualifiés')}.` : '.'),
  none: (what: string) => `Aucun contenu, quel que soit son état, ne correspond ${what}.`,
  noneHint:
    'Vérifiez l’orthographe, cherchez un morceau plus court de l’adresse ou le domaine seul, ou retirez les filtres.',
  verdict: (state: string, verdict: string) => `${state} : ${verdict}`,
  key: ['/', 'rechercher (code de suivi, adresse, domaine, empreinte)'] as [string, string],
  errors: {
    'queue.search_too_short':
      'Tapez au moins 3 caractères d’une adresse, ou un code de suivi, un domaine ou une empreinte entiers.',
    'queue.search_invalid_url':
      'Cette adresse est illisible : vérifiez-la, ou cherchez-en un morceau sans http(s)://.',
    'queue.search_distance_without_hash':
      'La distance ne s’applique qu’à une empreinte PDQ (64 caractères hexadécimaux).',
  } as Record<string, string>,
};

export type QueueSearchMessages = typeof queueSearchFr;
