import type { Comparison } from '../../../src/networks/compare/compare.schema.ts';
import { Link } from '../app/router.tsx';
import { formatNumber, formatPercent } from '../i18n/format.ts';
import { type Lang, useI18n } from '../i18n/i18n.tsx';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import { SvgBarChart } from '../ui/SvgBarChart.tsx';
import { INDICATORS, type IndicatorKind, m } from './messages.ts';

type Row = Comparison['items'][number];

/** An indicator value as the screen writes it: counts whole, shares as %, ratios with two decimals. */
export function formatIndicator(lang: Lang, kind: IndicatorKind, value: number | null): string {
  if (kind === 'share') return formatPercent(lang, value);
  return formatNumber(lang, value, kind === 'ratio' ? 2 : 0);
}

/** The indicators table (sortable, CSV) and one small bar chart per indicator. */
export function CompareResults({ items }: { items: Row[] }) {
  const { t, lang } = useI18n();
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t(m.center),
      value: (r) => r.name,
      render: (r) => <Link href={`/sentra/${r.centerId}`}>{r.name}</Link>,
    },
    { key: 'pattern', header: t(m.pattern), value: (r) => r.pattern?.label[lang] ?? null },
    ...INDICATORS.map(
      (ind): Column<Row> => ({
        key: ind.key,
        header: t(ind.label),
        numeric: true,
        value: (r) => {
          const v = r.indicators?.[ind.key];
          return typeof v === 'number' ? v : null;
        },
        render: (r) => {
          const v = r.indicators?.[ind.key];
          return formatIndicator(lang, ind.kind, typeof v === 'number' ? v : null);
        },
      }),
    ),
  ];
  return (
    <>
      <h2>{t(m.results)}</h2>
      <DataTable
        caption={t(m.resultsCaption)}
        hideCaption
        columns={columns}
        rows={items}
        rowKey={(r) => r.centerId}
        csvName="simpul-perbandingan.csv"
      />
      {items.some((i) => !i.indicators) && <p className="muted small">{t(m.notAnalysed)}</p>}
      <h2>{t(m.smallMultiples)}</h2>
      <div className="small-multiples">
        {INDICATORS.map((ind) => (
          <section key={ind.key} className="card">
            <h3 className="card-title">{t(ind.label)}</h3>
            <SvgBarChart
              compact
              title={t(ind.label)}
              width={360}
              format={(v) => formatIndicator(lang, ind.kind, v)}
              bars={items.map((r) => {
                const v = r.indicators?.[ind.key];
                return { label: r.name, value: typeof v === 'number' ? v : null };
              })}
            />
          </section>
        ))}
      </div>
    </>
  );
}
