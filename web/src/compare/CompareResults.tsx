import type { Comparison } from '../../../src/networks/compare/compare.schema.ts';
import { GLOSSARY } from '../../../src/shared/glossary.ts';
import {
  CASE_KPI_FORMATS,
  type CaseKpiKey,
  PARTNERSHIP_FORMATS,
  type PartnershipKpiKey,
} from '../../../src/shared/measure-format.ts';
import { Link } from '../app/router.tsx';
import { MeasureInfo } from '../glossary/MeasureInfo.tsx';
import { gm } from '../glossary/messages.ts';
import { formatMeasure } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import { SvgBarChart } from '../ui/SvgBarChart.tsx';
import { INDICATORS, m } from './messages.ts';

type Row = Comparison['items'][number];

const PARTNERSHIP_KEYS = Object.keys(PARTNERSHIP_FORMATS) as PartnershipKpiKey[];
const CASE_KEYS = Object.keys(CASE_KPI_FORMATS) as CaseKpiKey[];

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
    {
      key: 'pattern',
      header: t(m.pattern),
      value: (r) => r.pattern?.label[lang] ?? null,
      render: (r) =>
        r.pattern ? (
          <>
            {r.pattern.label[lang]}
            <MeasureInfo term={r.pattern.code} />
          </>
        ) : (
          '–'
        ),
    },
    ...INDICATORS.map(
      (key): Column<Row> => ({
        key,
        header: GLOSSARY[key].term[lang],
        headerExtra: <MeasureInfo term={key} />,
        numeric: true,
        value: (r) => {
          const v = r.indicators?.[key];
          return typeof v === 'number' ? v : null;
        },
        render: (r) => formatMeasure(lang, key, r.indicators?.[key]),
      }),
    ),
    // Partnership KPIs over the 12 months up to the comparison's date (issue #18 point 6).
    ...PARTNERSHIP_KEYS.map(
      (key): Column<Row> => ({
        key: `partnerships.${key}`,
        header: GLOSSARY[key].term[lang],
        headerExtra: <MeasureInfo term={key} />,
        numeric: true,
        value: (r) => r.partnerships[key],
        render: (r) => formatMeasure(lang, key, r.partnerships[key]),
      }),
    ),
    // Conflict-case KPIs over the same months (issue #19); a suppressed count reads "< 3".
    ...CASE_KEYS.map(
      (key): Column<Row> => ({
        key: `cases.${key}`,
        header: GLOSSARY[key].term[lang],
        headerExtra: <MeasureInfo term={key} />,
        numeric: true,
        value: (r) => r.cases[key],
        render: (r) =>
          key === 'cases' && r.cases.cases === null ? '< 3' : formatMeasure(lang, key, r.cases[key]),
      }),
    ),
  ];
  return (
    <>
      <h2>{t(m.results)}</h2>
      <p className="muted small">
        <Link href="/glosarium">{t(gm.seeGlossary)}</Link>
      </p>
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
        {INDICATORS.map((key) => (
          <section key={key} className="card" data-indicator={key}>
            <h3 className="card-title">
              {GLOSSARY[key].term[lang]}
              <MeasureInfo term={key} />
            </h3>
            <SvgBarChart
              compact
              title={GLOSSARY[key].term[lang]}
              width={360}
              format={(v) => formatMeasure(lang, key, v)}
              bars={items.map((r) => {
                const v = r.indicators?.[key];
                return { label: r.name, value: typeof v === 'number' ? v : null };
              })}
            />
          </section>
        ))}
      </div>
    </>
  );
}
