/** Supervision: the open items by category and age band, with each category's total. */
import type { AgeBand, Catalogue, SupervisionOverview } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { TableScroll } from '../../ui.tsx';
import { categoryLabel } from '../workspace/workspace-shared.ts';

const BANDS: AgeBand[] = ['under_24h', '1_to_3_days', '3_to_7_days', 'over_7_days'];

export function BacklogTable(props: {
  backlog: SupervisionOverview['backlog'];
  catalogue: Catalogue | undefined;
}) {
  const { t, language } = useI18n();
  const s = t.workspace.supervision;
  const categories = [...new Set(props.backlog.map((b) => b.category))];
  const cell = (category: string, band: AgeBand) =>
    props.backlog.find((b) => b.category === category && b.age_band === band)?.items ?? 0;
  return (
    <>
      <h2>{s.backlog}</h2>
      <TableScroll label={s.backlog}>
        <table className="data-table backlog-table">
          <thead>
            <tr>
              <th scope="col">{t.workspace.queue.category}</th>
              {BANDS.map((band) => (
                <th scope="col" key={band} className="num">
                  {t.workspace.ageBands[band]}
                </th>
              ))}
              <th scope="col" className="num">
                {s.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => (
              <tr key={category}>
                <th scope="row">{categoryLabel(props.catalogue, category, language)}</th>
                {BANDS.map((band) => (
                  <td
                    key={band}
                    data-label={t.workspace.ageBands[band]}
                    className={cell(category, band) ? 'num strong' : 'num'}
                  >
                    {cell(category, band)}
                  </td>
                ))}
                <td data-label={s.total} className="num strong">
                  {BANDS.reduce((sum, band) => sum + cell(category, band), 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
