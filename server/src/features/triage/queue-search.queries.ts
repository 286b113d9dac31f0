/**
 * The queue search's SQL: one condition on `i` (items) per kind of search (queue-search.ts says
 * which), each answered from an index: the report's tracking code, the unique address, trigrams of
 * the address for a host or a piece of it (items_url_trgm_idx), the media's SHA-256 and MD5. A PDQ
 * search reads every stored picture hash (there is no index for "within a distance"): once per
 * request, before the queue's queries (itemsWithPictureNear), comparing the hashes as 256-bit strings
 * (item_media.pdq_bits) by popcount of their xor, the Hamming distance @vigie/pdq computes.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/database.ts';
import type { Search } from './queue-search.ts';

/** `like` matches these literally only when escaped (backslash is PostgreSQL's default escape). */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The host of a stored address: every item's URL is WHATWG-serialised, `scheme://host[:port]/…`. */
const HOST = sql`substring(i.url from '^[a-z]+://([^/:?#]+)')`;

const withMedium = (where: SQL) => sql`i.id in (select m.item_id from item_media m where ${where})`;

export function searchCondition(search: Search): SQL {
  switch (search.kind) {
    case 'tracking_code':
      return sql`i.id in (select ri.item_id from report_items ri join reports r on r.id = ri.report_id
                          where r.tracking_code = ${search.value})`;
    case 'url':
      return sql`i.url = ${search.value}`;
    case 'domain': {
      // The trigram index finds the candidates; the host itself decides (example.com, or *.example.com).
      const contains = `%${likeLiteral(search.value)}%`;
      return sql`(i.url like ${contains} and (${HOST} = ${search.value} or ${HOST} like ${`%.${likeLiteral(search.value)}`}))`;
    }
    case 'text':
      return sql`i.url ilike ${`%${likeLiteral(search.value)}%`}`;
    case 'sha256':
      return withMedium(sql`m.sha256 = ${search.value}`);
    case 'md5':
      return withMedium(sql`m.md5 = ${search.value}`);
    case 'pdq':
      // The ids were found first: as a subquery, the planner guesses a third of all media match.
      return sql`i.id = any(${`{${search.itemIds.join(',')}}`}::uuid[])`;
  }
}

/** Items holding a picture whose PDQ hash is within `distance` bits of `pdq`. */
export async function itemsWithPictureNear(db: Queryable, pdq: string, distance: number): Promise<string[]> {
  const rows = rowsOf<{ item_id: string }>(
    await db.execute(sql`
      select distinct item_id from item_media
      where pdq_bits is not null and bit_count(pdq_bits # ${`x${pdq}`}::bit(256)) <= ${distance}`),
  );
  return rows.map((r) => r.item_id);
}

export async function storedMediumHasSha256(db: Queryable, sha256: string): Promise<boolean> {
  const [row] = rowsOf<{ found: boolean }>(
    await db.execute(sql`select exists (select 1 from item_media where sha256 = ${sha256}) as found`),
  );
  return row?.found === true;
}
