/**
 * The category → XARF type table, written out here as the reviewed decision (no snapshot): every
 * pack category is decided (a new one fails this test until it is added, mapped or null), every
 * type and enum value we use is one the vendored schemas define, and the TS copies of the schemas'
 * enums equal them.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import { pack } from '../../../jurisdictions/index.ts';
import {
  hasXarfType,
  XARF_CONTENT_TYPES_USED,
  XARF_CSAM_CLASSIFICATIONS,
  XARF_CSAM_MEDIA_TYPES,
  XARF_CSEM_EXPLOITATION_TYPES,
  XARF_TYPE_BY_CATEGORY,
  xarfContentTypes,
  xarfTypeFor,
} from './index.ts';

type Props = Record<string, { enum?: string[]; items?: { enum?: string[] } }>;
/** The type-specific properties of types/content-<name>.json (its second allOf part). */
const typeProperties = (name: string): Props => {
  const schema = JSON.parse(
    fs.readFileSync(new URL(`./schemas/types/content-${name}.json`, import.meta.url), 'utf8'),
  );
  return schema.allOf[1].properties;
};

describe('XARF type by pack category', () => {
  test('the table, as decided', () => {
    assert.deepEqual(XARF_TYPE_BY_CATEGORY, {
      child_sexual_abuse_material: { type: 'csam' },
      grooming: { type: 'csem', exploitationType: 'grooming' },
      sextortion_of_minors: { type: 'csem', exploitationType: 'sextortion' },
      corruption_of_minors: { type: 'csem', exploitationType: 'grooming' },
      terrorism: null,
      bomb_making: null,
      incitement_to_suicide: null,
      non_consensual_intimate_images: null,
      hate_racial_religious: null,
      hate_sex_gender_disability: null,
      crimes_against_humanity_apology: null,
      harmful_to_minors: null,
      pimping: null,
      sexual_harassment: null,
      other: null,
    });
  });

  test('every category of the pack is decided, and nothing else is in the table', () => {
    const packIds = [...pack.categories.map((c) => c.id), pack.otherCategory.id].sort();
    assert.deepEqual(Object.keys(XARF_TYPE_BY_CATEGORY).sort(), packIds);
  });

  test('an unknown category (another pack’s, a typo, a prototype key) has no type', () => {
    for (const id of ['unknown_category', 'toString', '__proto__', 'constructor']) {
      assert.equal(xarfTypeFor(id), null, id);
      assert.equal(hasXarfType(id), false, id);
    }
  });

  test('the types and exploitation types used exist in the vendored schemas', () => {
    const used = new Set(
      Object.values(XARF_TYPE_BY_CATEGORY).flatMap((choice) => (choice ? [choice.type] : [])),
    );
    assert.deepEqual([...used].sort(), [...XARF_CONTENT_TYPES_USED].sort());
    for (const type of used) assert.ok(xarfContentTypes().includes(type), type);
    const exploitation = typeProperties('csem').exploitation_type?.enum ?? [];
    for (const choice of Object.values(XARF_TYPE_BY_CATEGORY)) {
      if (choice?.type === 'csem') assert.ok(exploitation.includes(choice.exploitationType));
    }
  });

  test('the enums copied into xarf.types.ts equal the schemas’', () => {
    const csam = typeProperties('csam');
    assert.deepEqual([...XARF_CSAM_CLASSIFICATIONS], csam.classification?.enum);
    assert.deepEqual([...XARF_CSAM_MEDIA_TYPES], csam.media_type?.enum);
    assert.deepEqual([...XARF_CSEM_EXPLOITATION_TYPES], typeProperties('csem').exploitation_type?.enum);
  });
});
