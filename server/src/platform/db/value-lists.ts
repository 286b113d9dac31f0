/**
 * SQL built from the code's value lists, so each list (roles, item states, verdicts…) is written once,
 * in TypeScript, and CHECK constraints, partial-index predicates and queries derive from it. The values
 * become SQL literals, not parameters: drizzle-kit copies them into migrations, and PostgreSQL uses a
 * partial index only when the query's own text proves its rows match the index's predicate.
 */
import { type Column, type SQL, sql } from 'drizzle-orm';

/** A string as an SQL literal. The lists are code, not input, but quoting keeps any value safe. */
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** `<column> in ('a', 'b', …)`: a column given as `sql\`i.state\`` keeps exactly that spelling. */
export function isOneOf(column: SQL | Column, values: readonly string[]): SQL {
  if (values.length === 0) throw new Error('isOneOf needs at least one value');
  return sql`${column} in (${sql.raw(values.map(literal).join(', '))})`;
}
