/**
 * A few synthetic directory entries for the demo, one of each kind, so the directory page and the
 * hosting look-ups have something to show. Names and addresses are made up, under .example. The
 * platforms name demo sites (demo-data.ts) and the host and CDN the AS numbers of demo providers
 * (demo-hosting.ts), so their notices go where the directory says (DSA art. 16 for the platforms).
 */
import type { DirectoryEntryInput } from '../hosting/index.ts';

export const DEMO_DIRECTORY: DirectoryEntryInput[] = [
  {
    name: 'Example Video',
    kind: 'platform',
    domains: ['example-video.example', 'videoshare.example', 'tube-clips.test'],
    asns: [],
    channel: 'web_form',
    address: 'https://example-video.example/legal/report',
    language: 'en',
    trusted_flagger: 'reconnu (DSA art. 22) depuis 2025',
    notes: 'Répond sous 24 h en semaine ; joindre les URL une par ligne.',
  },
  {
    name: 'Forum Exemple',
    kind: 'platform',
    domains: ['forum-exemple.example', 'forum-libre.example', 'boards.example'],
    asns: [],
    channel: 'email',
    address: 'signalement@forum-exemple.example',
    language: 'fr',
    trusted_flagger: null,
    notes: null,
  },
  {
    name: 'Example Hosting SAS',
    kind: 'host',
    domains: ['example-hosting.example'],
    asns: [64500],
    channel: 'email',
    address: 'abuse@example-hosting.example',
    language: 'fr',
    trusted_flagger: null,
    notes: 'Hébergeur mutualisé : préciser le chemin complet du contenu.',
  },
  {
    name: 'Example CDN',
    kind: 'cdn',
    domains: [],
    asns: [64501, 64502],
    channel: 'api',
    address: 'https://cdn.example/abuse/api/v1/reports',
    language: 'en',
    trusted_flagger: 'trusted reporter programme (API key held by the liaison officer)',
    notes: 'Forwards to the origin host and tells us who it is.',
  },
  {
    name: 'Example Registrar',
    kind: 'registrar',
    domains: ['registrar.example'],
    asns: [],
    channel: 'email',
    address: 'abuse@registrar.example',
    language: 'en',
    trusted_flagger: null,
    notes: null,
  },
];
