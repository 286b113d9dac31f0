/** The jurisdiction pack in force. One pack for now (France); later chosen by configuration. */
import { fr } from './fr.ts';

export type { Category, JurisdictionPack, Localised } from './jurisdiction.ts';
export const pack = fr;

/** Category ids the public may choose from, the pack's own plus "other". */
export const publicCategoryIds = [...pack.categories.map((c) => c.id), pack.otherCategory.id] as [string, ...string[]];
