/**
 * One section of figures as the dashboard and the printable report both show it: key numbers, each
 * figure's chart, its data table and what the figures count. On screen a table sits in a disclosure
 * with its CSV download and the definitions in another; on paper tables are open and the
 * definitions are the section's notes.
 */
import { TableScroll } from '../../ui.tsx';
import { StatsChart } from './stats-chart.tsx';
import { downloadCsv, tableCsv } from './stats-csv.ts';
import { type Figure, formatCell, type Section } from './stats-model.ts';
import { useStatsText } from './stats-text.ts';

type Props = {
  section: Section;
  /** The printable report: tables open, no buttons, definitions as notes. */
  print?: boolean;
  /** The start of CSV file names: the period, e.g. "vigie-stats-2026". */
  fileStem: string;
};

export function StatsSectionView({ section, print = false, fileStem }: Props) {
  const text = useStatsText();
  const { s } = text;
  const titleId = `stats-${section.id}-title`;
  const definitions = section.definitions.flatMap((key) => {
    const found = text.definition(key);
    return found ? [found] : [];
  });
  const definitionList = (
    <dl className="stats-definition-list">
      {definitions.map((d) => (
        <div key={d.key}>
          <dt>{d.term[text.language]}</dt>
          <dd>{d.text[text.language]}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <section className="stats-section" id={`stats-${section.id}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{section.title}</h2>
      {!print && definitions.length ? (
        <details className="stats-definitions">
          <summary>{s.whatCounts}</summary>
          {definitionList}
        </details>
      ) : null}
      {section.numbers.length ? (
        <dl className="stat-grid stats-numbers">
          {section.numbers.map((n) => (
            <div key={n.label}>
              <dt>{n.label}</dt>
              <dd className="stat-value">{n.value}</dd>
              {n.detail ? <dd className="stats-number-detail">{n.detail}</dd> : null}
            </div>
          ))}
        </dl>
      ) : null}
      {section.figures.length ? (
        <div className="stats-figures">
          {section.figures.map((figure) => (
            <FigureView key={figure.id} figure={figure} print={print} fileStem={fileStem} />
          ))}
        </div>
      ) : null}
      {print && definitions.length ? (
        <aside className="report-notes" aria-label={`${s.report.notes} — ${section.title}`}>
          {definitionList}
        </aside>
      ) : null}
    </section>
  );
}

function FigureView({ figure, print, fileStem }: { figure: Figure; print: boolean; fileStem: string }) {
  const text = useStatsText();
  const { s } = text;
  const titleId = `figure-${figure.id}-title`;
  const wide = figure.chart?.kind === 'months';
  const table = <StatsTable figure={figure} />;
  return (
    <div className={wide ? 'stats-figure stats-figure-wide' : 'stats-figure'} id={`figure-${figure.id}`}>
      <div className="stats-figure-head">
        <h3 id={titleId}>{figure.title}</h3>
        {!print && !figure.empty ? (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={s.csvLabel(figure.title)}
            onClick={() => downloadCsv(`${fileStem}-${figure.id}.csv`, tableCsv(figure.table, text))}
          >
            {s.csv}
          </button>
        ) : null}
      </div>
      {figure.empty ? (
        <p className="muted stats-none">{s.none}</p>
      ) : (
        <>
          {figure.chart ? <StatsChart spec={figure.chart} label={s.chartLabel(figure.title)} /> : null}
          {figure.chart?.kind === 'months' ? (
            <ul className="stats-legend">
              <li className="stats-legend-bar">{s.legend.reports}</li>
              <li className="stats-legend-line">{s.legend.illegal}</li>
            </ul>
          ) : null}
          {figure.note ? <p className="hint stats-note">{figure.note}</p> : null}
          {print ? (
            table
          ) : (
            <details className="stats-table-details">
              <summary>{s.table}</summary>
              <TableScroll label={`${s.table} — ${figure.title}`}>{table}</TableScroll>
            </details>
          )}
        </>
      )}
    </div>
  );
}

const TEXT_KINDS = new Set(['text', 'month', 'country']);

export function StatsTable({ figure }: { figure: Figure }) {
  const text = useStatsText();
  const { columns, rows } = figure.table;
  const alignOf = (i: number) => (TEXT_KINDS.has(columns[i]?.kind ?? 'text') ? undefined : 'num');
  return (
    <table className="stats-table">
      <caption className="visually-hidden">{figure.title}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={c.label} scope="col" className={alignOf(i)}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and never reordered in place
          <tr key={r}>
            {columns.map((c, i) =>
              i === 0 ? (
                <th key={c.label} scope="row" className={alignOf(i)}>
                  {formatCell(text, c.kind, row[i] ?? null)}
                </th>
              ) : (
                <td key={c.label} className={alignOf(i)}>
                  {formatCell(text, c.kind, row[i] ?? null)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
