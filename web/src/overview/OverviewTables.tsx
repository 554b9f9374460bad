import type { Overview } from '../../../src/overview/overview.schema.ts';
import { Link } from '../app/router.tsx';
import { MeasureInfo } from '../glossary/MeasureInfo.tsx';
import { formatNumber, formatRupiah } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import { m, STATUS_LABELS } from './messages.ts';
import type { PatternsById } from './OverviewPage.tsx';

type Child = Overview['children'][number];
type Center = Overview['centers'][number];

/** The child regions with their figures; each name leads one level down. */
export function ChildRegionTable({ rows }: { rows: Child[] }) {
  const { t, lang } = useI18n();
  const columns: Column<Child>[] = [
    {
      key: 'name',
      header: t(m.region),
      value: (r) => r.name,
      render: (r) => <Link href={`/wilayah/${r.code}`}>{r.name}</Link>,
    },
    { key: 'centers', header: t(m.centers), value: (r) => r.centers, numeric: true },
    { key: 'units', header: t(m.units), value: (r) => r.units, numeric: true },
    { key: 'workers', header: t(m.workers), value: (r) => r.workers, numeric: true },
    {
      key: 'value',
      header: t(m.productionValue),
      value: (r) => r.productionValue,
      render: (r) => formatRupiah(lang, r.productionValue),
      numeric: true,
    },
  ];
  return (
    <section>
      <h2>{t(m.childRegions)}</h2>
      <DataTable
        caption={t(m.childRegions)}
        hideCaption
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        csvName="simpul-wilayah.csv"
      />
    </section>
  );
}

/** The centres with their figures and pattern; each name leads to the centre's page. */
export function CenterTable({
  rows,
  patterns,
  showPatterns,
}: {
  rows: Center[];
  patterns: PatternsById;
  showPatterns: boolean;
}) {
  const { t, lang } = useI18n();
  const columns: Column<Center>[] = [
    {
      key: 'name',
      header: t(m.name),
      value: (c) => c.name,
      render: (c) => <Link href={`/sentra/${c.id}`}>{c.name}</Link>,
    },
    { key: 'product', header: t(m.mainProduct), value: (c) => c.mainProduct },
    { key: 'status', header: t(m.status), value: (c) => t(STATUS_LABELS[c.status]) },
    ...(showPatterns
      ? [
          {
            key: 'pattern',
            header: t(m.pattern),
            value: (c: Center) => patterns.get(c.id)?.label[lang] ?? null,
            render: (c: Center) => {
              const pattern = patterns.get(c.id);
              return pattern ? (
                <span data-pattern={pattern.code}>
                  {pattern.label[lang]}
                  <MeasureInfo term={pattern.code} />
                </span>
              ) : (
                '–'
              );
            },
          },
        ]
      : []),
    { key: 'units', header: t(m.units), value: (c) => c.units, numeric: true },
    { key: 'workers', header: t(m.workers), value: (c) => c.workers, numeric: true },
    {
      key: 'value',
      header: t(m.productionValue),
      value: (c) => c.productionValue,
      render: (c) => formatRupiah(lang, c.productionValue),
      numeric: true,
    },
    {
      key: 'year',
      header: t(m.year),
      value: (c) => c.year,
      render: (c) => (c.year === null ? '–' : String(c.year)),
      numeric: true,
    },
  ];
  return (
    <section>
      <h2>{t(m.centerList)}</h2>
      <DataTable
        caption={t(m.centerList)}
        hideCaption
        columns={columns}
        rows={rows}
        rowKey={(c) => c.id}
        searchable
        csvName="simpul-sentra.csv"
        initialSort={{ key: 'units', direction: 'desc' }}
      />
      <p className="muted small">
        {formatNumber(lang, rows.length)} {t(m.centers).toLowerCase()}
      </p>
    </section>
  );
}
