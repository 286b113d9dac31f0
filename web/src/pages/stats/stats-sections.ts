/**
 * The report's sections, in the order of the annual report, built from the server's figures (the
 * StatsReport of GET /api/stats): this file the activity (totals, time, categories, sources,
 * illegality, notices), stats-sections-outcomes.ts what became of the content. Nothing is
 * recomputed here but ranks and orderings; every number is the server's.
 */
import type { StatsReport } from '../../api/types.ts';
import { barFigure, col, type Figure, type Section } from './stats-model.ts';
import { outcomeSections } from './stats-sections-outcomes.ts';
import type { StatsText } from './stats-text.ts';

export function buildSections(report: StatsReport, text: StatsText): Section[] {
  return [...activitySections(report, text), ...outcomeSections(report, text)];
}

function activitySections(r: StatsReport, text: StatsText): Section[] {
  const { s } = text;
  const c = s.columns;
  const n = s.numbers;
  const t = r.totals;
  const previous = t.previous_period;
  const previousText = n.previous(
    text.date(previous.from),
    text.date(previous.to),
    text.count(previous.reports),
  );

  const byMonth: Figure = {
    id: 'by-month',
    title: s.figures.byMonth,
    table: {
      columns: [
        col.month(c.month),
        col.count(c.reports),
        col.count(c.items),
        col.count(c.illegal),
        col.change(c.changeYear),
      ],
      rows: r.by_month.map((m) => [m.month, m.reports, m.items, m.illegal_items, m.reports_change]),
    },
    chart: {
      kind: 'months',
      months: r.by_month.map((m) => ({ month: m.month, reports: m.reports, illegal: m.illegal_items })),
    },
    empty: r.by_month.every((m) => m.reports === 0 && m.illegal_items === 0),
  };
  const byYear: Figure = {
    id: 'by-year',
    title: s.figures.byYear,
    table: {
      columns: [col.text(c.year), col.count(c.reports), col.change(c.change)],
      rows: r.by_year.map((y) => [String(y.year), y.reports, y.change]),
    },
    chart: { kind: 'columns', bars: r.by_year.map((y) => ({ label: String(y.year), value: y.reports })) },
    empty: r.by_year.every((y) => y.reports === 0),
  };
  const categories = [...r.by_category].sort((a, b) => b.illegal - a.illegal || b.assessed - a.assessed);

  return [
    {
      id: 'totals',
      title: s.sections.totals,
      definitions: ['report', 'item', 'derived_item', 'period'],
      numbers: [
        {
          label: n.reports,
          value: text.count(t.reports),
          detail:
            t.reports_change === null
              ? n.previousOnly(previousText)
              : n.change(text.change(t.reports_change), previousText),
        },
        {
          label: n.items,
          value: text.count(t.items),
          detail: n.itemsSplit(text.count(t.reported_items), text.count(t.derived_items)),
        },
        { label: n.assessed, value: text.count(t.assessed_items) },
        { label: n.illegal, value: text.count(t.illegal_items) },
      ],
      figures: [],
    },
    {
      id: 'activity',
      title: s.sections.activity,
      definitions: ['report', 'item'],
      numbers: [],
      figures: [byMonth, byYear],
    },
    {
      id: 'categories',
      title: s.sections.categories,
      definitions: ['illegal', 'derived_item'],
      numbers: [],
      figures: [
        barFigure({
          id: 'by-category',
          title: s.figures.byCategory,
          text,
          measure: 2,
          table: {
            columns: [
              col.text(c.category),
              col.count(c.assessed),
              col.count(c.illegal),
              col.count(c.derivedIllegal),
              col.share(c.share),
            ],
            rows: categories.map((k) => [
              k.label[text.language],
              k.assessed,
              k.illegal,
              k.derived_illegal,
              k.share,
            ]),
          },
        }),
      ],
    },
    {
      id: 'sources',
      title: s.sections.sources,
      definitions: ['report'],
      numbers: [],
      figures: [
        barFigure({
          id: 'by-channel',
          title: s.figures.byChannel,
          text,
          measure: 1,
          table: {
            columns: [col.text(c.channel), col.count(c.reports), col.share(c.share)],
            rows: r.by_channel.map((x) => [s.channels[x.channel], x.reports, x.share]),
          },
        }),
        barFigure({
          id: 'by-reporter-kind',
          title: s.figures.byReporterKind,
          text,
          measure: 1,
          table: {
            columns: [col.text(c.reporterKind), col.count(c.reports), col.share(c.share)],
            rows: r.by_reporter_kind.map((x) => [
              s.reporterKinds[x.reporter_kind] ?? x.reporter_kind,
              x.reports,
              x.share,
            ]),
          },
        }),
      ],
    },
    {
      id: 'illegality',
      title: s.sections.illegality,
      definitions: ['illegality_rate', 'illegal'],
      numbers: [
        {
          label: n.illegalityRate,
          value: text.share(r.illegality_rate.rate),
          detail: n.illegalOfAssessed(
            text.count(r.illegality_rate.illegal),
            text.count(r.illegality_rate.assessed),
          ),
        },
      ],
      figures: [
        barFigure({
          id: 'by-verdict',
          title: s.figures.byVerdict,
          text,
          measure: 1,
          table: {
            columns: [col.text(c.verdict), col.count(c.items), col.share(c.share)],
            rows: r.illegality_rate.by_verdict.map((v) => [s.verdicts[v.verdict], v.items, v.share]),
          },
        }),
      ],
    },
    noticesSection(r, text),
  ];
}

function noticesSection(r: StatsReport, text: StatsText): Section {
  const { s } = text;
  const c = s.columns;
  const n = s.numbers;
  const police = r.police_transmissions;
  const host = r.host_notices;
  const partner = r.partner_forwards;
  return {
    id: 'notices',
    title: s.sections.notices,
    definitions: ['notice', 'police_transmission'],
    numbers: [
      { label: n.police, value: text.count(police.notices), detail: n.policeItems(text.count(police.items)) },
      {
        label: n.hostedIn(text.countryName(police.country)),
        value: text.share(police.share_in_country),
        detail: `${text.count(police.hosted_in_country)} / ${text.count(police.items)}`,
      },
      {
        label: n.hostNotices,
        value: text.count(host.notices),
        detail: n.noticesItems(text.count(host.items)),
      },
      {
        label: n.partnerForwards,
        value: text.count(partner.notices),
        detail: n.noticesItems(text.count(partner.items)),
      },
    ],
    figures: [
      barFigure({
        id: 'host-by-recipient',
        title: s.figures.hostByKind,
        text,
        measure: 1,
        table: {
          columns: [col.text(c.recipient), col.count(c.notices), col.count(c.items)],
          rows: host.by_recipient_kind.map((k) => [s.recipientKinds[k.recipient_kind], k.notices, k.items]),
        },
      }),
      barFigure({
        id: 'host-by-purpose',
        title: s.figures.hostByPurpose,
        text,
        measure: 1,
        table: {
          columns: [col.text(c.purpose), col.count(c.notices)],
          rows: host.by_purpose.map((p) => [s.purposes[p.purpose], p.notices]),
        },
      }),
      barFigure({
        id: 'partners-by-country',
        title: s.figures.partnersByCountry,
        text,
        measure: 1,
        table: {
          columns: [col.country(c.country), col.count(c.items)],
          rows: partner.by_country.map((p) => [p.country, p.items]),
        },
      }),
    ],
  };
}
