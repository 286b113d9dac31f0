/** An item's history, oldest first: reports received, audited staff actions, assessments. */
import type { Catalogue, ItemHistory } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { verdictLabel } from './workspace-shared.ts';

export function HistoryList({
  history,
  catalogue,
}: {
  history: ItemHistory;
  catalogue: Catalogue | undefined;
}) {
  const { t, language, formatDateTimeSeconds } = useI18n();
  const h = t.workspace.history;
  if (history.entries.length === 0) return <p className="muted">{h.empty}</p>;
  return (
    <ol className="history-list">
      {history.entries.map((entry, index) => {
        let text: string;
        if (entry.kind === 'report') {
          text = h.report(
            t.workspace.channels[entry.channel as keyof typeof t.workspace.channels] ?? entry.channel,
            t.workspace.reporterKinds[entry.reporter_kind] ?? entry.reporter_kind,
          );
        } else if (entry.kind === 'assessment') {
          text = h.assessment(
            entry.assessment.analyst.display_name,
            verdictLabel(catalogue, entry.assessment.verdict, language),
          );
        } else {
          text = `${h.actions[entry.action] ?? t.auditActions[entry.action] ?? entry.action} — ${entry.actor_label}`;
        }
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the history is append-only and read as a whole
          <li key={index}>
            <time dateTime={entry.at}>{formatDateTimeSeconds(entry.at)}</time> <span>{text}</span>
          </li>
        );
      })}
    </ol>
  );
}
