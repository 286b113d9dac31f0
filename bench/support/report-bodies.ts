/**
 * Varied report bodies for load tests: every category, both languages, one to three URLs per
 * report — mostly unique (so items are not one hot row) with about one in five drawn from a small
 * pool of popular URLs (the same item reported again), some descriptions and contact e-mails.
 * Domains are under .example only.
 */
import { publicCategoryIds } from '../../server/src/jurisdictions/index.ts';

const POPULAR = Array.from({ length: 50 }, (_, k) => `https://popular-${k}.example/watch?v=${k}`);

let counter = 0;
const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

export function nextReportBody(): string {
  counter++;
  const urls = Array.from({ length: 1 + (counter % 3) }, (_, k) =>
    Math.random() < 0.2
      ? pick(POPULAR)
      : `https://site-${counter % 997}.example/p/${process.pid}-${counter}-${k}`,
  );
  const body: Record<string, unknown> = {
    category: pick(publicCategoryIds),
    urls,
    language: counter % 4 === 0 ? 'en' : 'fr',
  };
  if (counter % 2 === 0) body.description = `Contenu signalé n°${counter}, vu en naviguant.`;
  if (counter % 10 === 0) body.contact_email = `reporter${counter}@mail.example`;
  return JSON.stringify(body);
}
