/**
 * Lets pg-boss run on the embedded PGlite: pg-boss accepts any object with `executeSql`, so this
 * passes its statements to the single PGlite connection. PGlite serialises every call, so a job
 * poll waits behind a request's query (and vice versa) rather than running beside it.
 */
import type { PGlite } from '@electric-sql/pglite';

export type BossDb = { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };

export function pgliteBossDb(pglite: PGlite): BossDb {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return pglite.query(text, values);
      // pg-boss sends its schema set-up as several statements in one string (BEGIN … COMMIT):
      // only the simple protocol (`exec`) accepts that. It runs as one unit on the connection.
      const results = await pglite.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
  };
}
