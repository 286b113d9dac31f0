/** The jurisdiction pack in force. One pack for now (France); later chosen by configuration. */
import { fr } from './fr.ts';

export type { Category, JurisdictionPack, Localised } from './jurisdiction.ts';
export const pack = fr;

const [firstCategory, ...laterCategories] = pack.categories;
if (!firstCategory) throw new Error('the jurisdiction pack has no categories');

/** Category ids the public may choose from, the pack's own plus "other". */
export const publicCategoryIds: [string, ...string[]] = [
  firstCategory.id,
  ...laterCategories.map((c) => c.id),
  pack.otherCategory.id,
];
