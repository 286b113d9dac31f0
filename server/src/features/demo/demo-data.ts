/**
 * The synthetic reports of `vigie demo`: plausible shares per category, channel, reporter kind and
 * language, popular URLs reported several times, and
 * short descriptions in French and English. Every domain is under .example or .test (reserved
 * names that can never be real sites); nothing here describes real content.
 */
import { publicCategoryIds } from '../../jurisdictions/index.ts';
import type { Language } from '../../platform/i18n/language.ts';
import type { Channel, ReporterKind } from '../intake/index.ts';

export type Random = () => number;

/** Relative weights: a hotline mostly receives hate, harassment and child abuse material reports. */
const CATEGORY_WEIGHTS: Record<string, number> = {
  child_sexual_abuse_material: 24,
  hate_racial_religious: 18,
  sexual_harassment: 10,
  hate_sex_gender_disability: 9,
  non_consensual_intimate_images: 7,
  harmful_to_minors: 6,
  terrorism: 5,
  grooming: 4,
  sextortion_of_minors: 3,
  pimping: 3,
  incitement_to_suicide: 2,
  corruption_of_minors: 2,
  crimes_against_humanity_apology: 1,
  bomb_making: 1,
  other: 5,
};

const SOURCES: Array<{ weight: number; channel: Channel; reporterKind: ReporterKind }> = [
  { weight: 72, channel: 'web_form', reporterKind: 'public' },
  { weight: 8, channel: 'api', reporterKind: 'public' },
  { weight: 9, channel: 'api', reporterKind: 'trusted_flagger' },
  { weight: 11, channel: 'partner_hotline', reporterKind: 'partner_hotline' },
];

const HOSTS = [
  'forum-libre',
  'imagehost',
  'videoshare',
  'photos-partage',
  'chat-ados',
  'microblog',
  'pastebin-like',
  'filelocker',
  'tube-clips',
  'social-net',
  'boards',
  'webcam-site',
  'cloud-drive',
  'actu-blog',
  'gaming-chat',
].flatMap((name) => [`${name}.example`, `${name}.test`]);

const DESCRIPTIONS: Record<Language, string[]> = {
  fr: [
    'Vu en parcourant un forum, la publication est toujours en ligne.',
    'Un lien partagé dans un groupe de discussion, plusieurs personnes l’ont signalé.',
    'Ce compte publie ce type de contenu tous les jours.',
    'Mon enfant a reçu ce lien par message privé.',
    'Commentaires sous une vidéo, très violents.',
    'Je ne suis pas sûr que ce soit illégal, merci de vérifier.',
  ],
  en: [
    'Found while browsing a forum, the post is still online.',
    'A link shared in a chat group, several people reported it.',
    'This account posts this kind of content every day.',
    'My child received this link in a private message.',
    'Comments under a video, very violent.',
    'Not sure this is illegal, please check.',
  ],
};

const FIRST_NAMES = ['camille', 'lea', 'hugo', 'nadia', 'yanis', 'chloe', 'alex', 'sam', 'ines', 'tom'];

export function weighted<T>(random: Random, entries: Array<[T, number]>): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let draw = random() * total;
  for (const [value, weight] of entries) {
    draw -= weight;
    if (draw < 0) return value;
  }
  return entries[entries.length - 1]?.[0] as T;
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

export const categoryEntries = (): Array<[string, number]> =>
  publicCategoryIds.map((id) => [id, CATEGORY_WEIGHTS[id] ?? 1]);

/** A pool of popular URLs: each is drawn by several reports, so its item links to all of them. */
export function popularUrls(random: Random, count: number): string[] {
  return Array.from(
    { length: count },
    (_, k) => `https://${pick(random, HOSTS)}/p/${k}-${Math.floor(random() * 1e6)}`,
  );
}

export function oneOffUrl(random: Random, n: number): string {
  return `https://${pick(random, HOSTS)}/${pick(random, ['post', 'v', 'img', 'u', 'thread'])}/${n}${Math.floor(random() * 1e6).toString(36)}`;
}

export type DemoReport = {
  category: string;
  urls: string[];
  description?: string;
  language: Language;
  contactEmail?: string;
  channel: Channel;
  reporterKind: ReporterKind;
  receivedAt: Date;
};

export type GenerateOptions = { count: number; days: number; contactRetentionDays: number; now?: Date };

/** `count` reports over the last `days` days, oldest first, growing over time like a young hotline. */
export function generateReports(random: Random, options: GenerateOptions): DemoReport[] {
  const now = options.now ?? new Date();
  const categories = categoryEntries();
  const popular = popularUrls(random, Math.max(10, Math.round(options.count / 20)));
  const ages = Array.from({ length: options.count }, (_, k) => {
    if (k === 0) return options.days - 0.5; // the first and last reports fix the span
    if (k === 1) return 0.01;
    return options.days * (1 - Math.sqrt(random()));
  }).sort((a, b) => b - a);
  return ages.map((ageDays, n) => {
    const source = weighted(
      random,
      SOURCES.map((s) => [s, s.weight] as [typeof s, number]),
    );
    const language = random() < 0.82 ? 'fr' : 'en';
    const urlCount = weighted(random, [
      [1, 80],
      [2, 14],
      [3, 6],
    ]);
    const urls = Array.from({ length: urlCount }, (_, k) =>
      random() < 0.15 ? pick(random, popular) : oneOffUrl(random, n * 4 + k),
    );
    const receivedAt = new Date(now.getTime() - ageDays * 86_400_000);
    const withContact =
      ageDays < options.contactRetentionDays && source.reporterKind === 'public' && random() < 0.15;
    return {
      category: weighted(random, categories),
      urls,
      ...(random() < 0.6 ? { description: pick(random, DESCRIPTIONS[language]) } : {}),
      language,
      ...(withContact ? { contactEmail: `${pick(random, FIRST_NAMES)}.${n}@mail.example` } : {}),
      channel: source.channel,
      reporterKind: source.reporterKind,
      receivedAt,
    };
  });
}

/** A small seeded generator (mulberry32), so `--seed` gives the same data set twice. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
