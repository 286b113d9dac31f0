/**
 * The report's sections on what became of the content: removal, hosting countries (child abuse
 * material ranked in Europe and in the world, by the server's `europe` flag), top-level domains,
 * types of service, hate speech by ground, terrorism, the backlog and the EU DSA trusted-flagger
 * figures (Regulation (EU) 2022/2065, Art. 22(3)).
 */
import type { StatsReport } from '../../api/types.ts';
import { barFigure, col, type Section } from './stats-model.ts';
import type { StatsText } from './stats-text.ts';

export function outcomeSections(r: StatsReport, text: StatsText): Section[] {
  const { s } = text;
  const c = s.columns;
  const n = s.numbers;
  const removal = r.removal;
  const csam = r.hosting_countries.child_abuse_material;
  const ranked = (rows: typeof csam) => rows.map((row, i) => [row.country, i + 1, row.items, row.share]);
  const rankedColumns = [col.country(c.country), col.count(c.rank), col.count(c.items), col.share(c.share)];
  const dsa = r.dsa;

  return [
    {
      id: 'removal',
      title: s.sections.removal,
      definitions: ['removal'],
      numbers: [
        { label: n.notified, value: text.count(removal.notified) },
        {
          label: n.removed,
          value: text.count(removal.removed),
          detail: n.stillOnline(text.count(removal.still_online)),
        },
        { label: n.removalRate, value: text.share(removal.rate) },
        { label: n.median, value: text.hours(removal.median_hours) },
      ],
      figures: [
        {
          ...barFigure({
            id: 'removal-times',
            title: s.figures.removalTimes,
            text,
            measure: 1,
            format: 'share',
            table: {
              columns: [col.text(c.delay), col.share(c.share)],
              rows: [
                [s.within.within24h, removal.within_24h],
                [s.within.within72h, removal.within_72h],
                [s.within.within7d, removal.within_7d],
              ],
            },
          }),
          empty: removal.notified === 0,
        },
        {
          ...barFigure({
            id: 'removal-by-category',
            title: s.figures.removalByCategory,
            text,
            measure: 3,
            format: 'share',
            table: {
              columns: [
                col.text(c.category),
                col.count(c.notified),
                col.count(c.removed),
                col.share(c.rate),
                col.hours(c.median),
                col.share(c.within24h),
                col.share(c.within72h),
                col.share(c.within7d),
              ],
              rows: removal.by_category.map((k) => [
                k.label[text.language],
                k.notified,
                k.removed,
                k.rate,
                k.median_hours,
                k.within_24h,
                k.within_72h,
                k.within_7d,
              ]),
            },
          }),
          empty: removal.by_category.every((k) => k.notified === 0),
        },
      ],
    },
    {
      id: 'hosting',
      title: s.sections.hosting,
      definitions: ['hosting_country'],
      numbers: [],
      figures: [
        barFigure({
          id: 'hosting-countries',
          title: s.figures.hostingAll,
          text,
          measure: 1,
          table: {
            columns: [col.country(c.country), col.count(c.items), col.share(c.share)],
            rows: r.hosting_countries.all.map((row) => [row.country, row.items, row.share]),
          },
        }),
        barFigure({
          id: 'csam-europe',
          title: s.figures.csamEurope,
          text,
          measure: 2,
          table: { columns: rankedColumns, rows: ranked(csam.filter((row) => row.europe)) },
        }),
        barFigure({
          id: 'csam-world',
          title: s.figures.csamWorld,
          text,
          measure: 2,
          table: { columns: rankedColumns, rows: ranked(csam) },
        }),
      ],
    },
    {
      id: 'tlds',
      title: s.sections.tlds,
      definitions: ['illegal'],
      numbers: [],
      figures: [
        barFigure({
          id: 'tlds',
          title: s.figures.tlds,
          text,
          measure: 1,
          table: {
            columns: [col.text(c.tld), col.count(c.items), col.share(c.share)],
            rows: r.tlds.map((row) => [row.tld === null ? s.ipAddress : `.${row.tld}`, row.items, row.share]),
          },
        }),
      ],
    },
    {
      id: 'service-types',
      title: s.sections.serviceTypes,
      definitions: ['service_type'],
      numbers: [],
      figures: [
        barFigure({
          id: 'service-types',
          title: s.figures.serviceTypes,
          text,
          measure: 1,
          table: {
            columns: [col.text(c.serviceType), col.count(c.items), col.share(c.share)],
            rows: r.service_types.map((row) => [s.serviceTypes[row.service_type], row.items, row.share]),
          },
        }),
      ],
    },
    {
      id: 'hate',
      title: s.sections.hate,
      definitions: ['illegal'],
      numbers: [],
      figures: [
        barFigure({
          id: 'hate-grounds',
          title: s.figures.hateGrounds,
          text,
          measure: 1,
          table: {
            columns: [col.text(c.ground), col.count(c.items), col.share(c.share)],
            rows: r.hate_grounds.map((row) => [row.label[text.language], row.items, row.share]),
          },
        }),
      ],
    },
    {
      id: 'terrorism',
      title: s.sections.terrorism,
      definitions: ['illegal', 'backlog'],
      numbers: [
        { label: n.reported, value: text.count(r.terrorism.reported) },
        { label: n.qualifiedIllegal, value: text.count(r.terrorism.qualified_illegal) },
        { label: n.pending, value: text.count(r.terrorism.pending) },
      ],
      figures: [],
    },
    {
      id: 'backlog',
      title: s.sections.backlog,
      definitions: ['backlog'],
      numbers: [
        { label: n.openNow, value: text.count(r.backlog.open_now) },
        { label: n.openAtEnd, value: text.count(r.backlog.open_at_period_end) },
        {
          label: n.oldest,
          value: r.backlog.oldest_open_days === null ? s.noValue : s.days(r.backlog.oldest_open_days),
        },
      ],
      figures: [
        barFigure({
          id: 'backlog-by-state',
          title: s.figures.backlogByState,
          text,
          measure: 1,
          table: {
            columns: [col.text(c.state), col.count(c.items)],
            rows: r.backlog.by_state.map((row) => [s.states[row.state], row.items]),
          },
        }),
      ],
    },
    {
      id: 'dsa',
      title: s.sections.dsa,
      definitions: ['dsa'],
      numbers: [
        { label: n.dsaNotices, value: text.count(dsa.notices) },
        { label: n.dsaItems, value: text.count(dsa.items) },
        { label: n.median, value: text.hours(dsa.median_hours) },
      ],
      figures: [
        barFigure({
          id: 'dsa-by-provider',
          title: s.figures.dsaByProvider,
          text,
          measure: 1,
          table: {
            columns: [
              col.text(c.provider),
              col.count(c.notices),
              col.count(c.items),
              col.count(c.removed),
              col.hours(c.median),
            ],
            rows: dsa.by_provider.map((p) => [p.provider, p.notices, p.items, p.removed, p.median_hours]),
          },
        }),
        barFigure({
          id: 'dsa-by-content-type',
          title: s.figures.dsaByContentType,
          text,
          measure: 1,
          table: {
            columns: [
              col.text(c.contentType),
              col.count(c.notices),
              col.count(c.items),
              col.count(c.removed),
            ],
            rows: [...dsa.by_content_type]
              .sort((a, b) => b.notices - a.notices)
              .map((k) => [s.dsaCategories[k.dsa_category], k.notices, k.items, k.removed]),
          },
        }),
        barFigure({
          id: 'dsa-by-action',
          title: s.figures.dsaByAction,
          text,
          measure: 1,
          table: {
            columns: [col.text(c.action), col.count(c.items), col.share(c.share)],
            rows: dsa.by_action.map((a) => [s.dsaActions[a.action], a.items, a.share]),
          },
        }),
      ],
    },
  ];
}
