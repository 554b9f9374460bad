import type { PatternCounts } from '../../../src/networks/compare/compare.schema.ts';
import type { Overview } from '../../../src/overview/overview.schema.ts';
import { codeSplit } from '../app/code-split.tsx';
import { formatNumber, formatRupiah } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SvgBarChart } from '../ui/SvgBarChart.tsx';
import { m } from './messages.ts';
import type { PatternsById } from './OverviewPage.tsx';

interface Props {
  data: Overview;
  patterns: PatternsById;
  /** The stored pattern labels counted in the region and per child region; null while unknown. */
  counts: PatternCounts | null;
  showPatterns: boolean;
  /** Bars per centre (a regency/city) rather than per child region. */
  byCenter: boolean;
}

const MAX_BARS = 15;

/** The map with its geometry and d3-geo: a chunk of its own, loaded when an overview shows a map. */
const RegionMap = codeSplit(() => import('../map/RegionMap.tsx'));

/** The overview's charts (per child region or per centre), size classes, pattern labels and the map. */
export function OverviewCharts({ data, patterns, counts, showPatterns, byCenter }: Props) {
  const { t, lang } = useI18n();
  const items = byCenter
    ? data.centers.map((c) => ({
        label: c.name,
        units: c.units,
        workers: c.workers,
        value: c.productionValue,
      }))
    : data.children.map((c) => ({
        label: c.name,
        units: c.units,
        workers: c.workers,
        value: c.productionValue,
      }));
  const top = (key: 'units' | 'workers' | 'value') =>
    [...items]
      .sort((a, b) => b[key] - a[key])
      .slice(0, MAX_BARS)
      .map((i) => ({ label: i.label, value: i[key] }));
  const what = t(byCenter ? m.perCenter : m.perRegion);
  const size = data.totals.sizeClasses;
  const patternBars = (counts?.counts ?? []).map((c) => ({ label: c.label[lang], value: c.centers }));
  return (
    <div className="grid grid-2 overview-charts">
      <section className="card">
        <SvgBarChart
          title={t(m.unitsPer, { what })}
          bars={top('units')}
          format={(v) => formatNumber(lang, v)}
        />
      </section>
      <section className="card">
        <SvgBarChart
          title={t(m.workersPer, { what })}
          bars={top('workers')}
          format={(v) => formatNumber(lang, v)}
        />
      </section>
      <section className="card">
        <SvgBarChart
          title={t(m.valuePer, { what })}
          bars={top('value')}
          format={(v) => formatRupiah(lang, v, true)}
        />
      </section>
      <section className="card">
        <SvgBarChart
          title={t(m.sizeClasses)}
          bars={[
            { label: t(m.sizeIK), value: size.IK, color: 'var(--collab)' },
            { label: t(m.sizeIM), value: size.IM, color: 'var(--accent)' },
            { label: t(m.sizeIB), value: size.IB, color: 'var(--coopetition)' },
            { label: t(m.sizeUnknown), value: size.unknown, color: 'var(--muted)' },
          ]}
          format={(v) => formatNumber(lang, v)}
        />
      </section>
      {showPatterns && (
        <section className="card">
          {patternBars.length > 0 ? (
            <SvgBarChart title={t(m.patterns)} bars={patternBars} format={(v) => formatNumber(lang, v)} />
          ) : (
            <>
              <h2 className="card-title">{t(m.patterns)}</h2>
              <p className="muted">{t(m.patternsNone)}</p>
            </>
          )}
        </section>
      )}
      <section className="card map-card">
        <h2 className="card-title">{t(m.map)}</h2>
        <RegionMap
          data={data}
          patterns={patterns}
          counts={counts}
          showPatterns={showPatterns}
          title={t(m.map)}
        />
      </section>
    </div>
  );
}
