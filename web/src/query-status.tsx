/** What a panel shows while its server data loads, or when asking for it failed; nothing once it is there. */
import { describeError } from './api/describe-error.ts';
import type { Messages } from './i18n/fr.ts';
import { useI18n } from './i18n/i18n.tsx';
import { ErrorMessage, Loading } from './ui.tsx';

type QueryState = { isPending: boolean; error: unknown };

export function QueryStatus(props: {
  /** One query, or several the panel needs all of. */
  query: QueryState | QueryState[];
  /** Words the error for the reader (a page's own codes); the general wording by default. */
  describe?: (error: unknown, t: Messages) => string;
}) {
  const { t } = useI18n();
  const queries = Array.isArray(props.query) ? props.query : [props.query];
  const error = queries.find((q) => q.error)?.error;
  if (error) return <ErrorMessage>{(props.describe ?? describeError)(error, t)}</ErrorMessage>;
  return queries.some((q) => q.isPending) ? <Loading /> : null;
}
