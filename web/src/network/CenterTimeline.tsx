import './timeline.css';
import { useState } from 'react';
import type { CenterTimeline as Timeline } from '../../../src/networks/analysis/timeline.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { formatMeasure, formatValue } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { DataTable } from '../ui/DataTable.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { LayerTable } from './LayerTable.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import { tm } from './timeline-messages.ts';

type Year = Timeline['years'][number];
const SHARE = { kind: 'share', digits: 1 } as const;
const INDEX = { kind: 'index', digits: 2 } as const;

/** Rounds a density axis up to a readable top (1%, 2%, 5%, 10%, 20%, 50%, 100%). */
export function axisTop(max: number): number {
  for (const top of [0.01, 0.02, 0.05, 0.1, 0.2, 0.5]) if (max <= top) return top;
  return 1;
}

/**
 * The centre's change over the years and its tie-type layers, computed on request (the button), since
 * each year is a full reading of the network on that day.
 */
export function CenterTimeline({ centerId }: { centerId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <section className="center-timeline" aria-labelledby="timeline-title" data-testid="center-timeline">
      <h3 id="timeline-title">{t(tm.title)}</h3>
      <p className="muted small">{t(tm.intro)}</p>
      {open ? (
        <TimelineBody centerId={centerId} />
      ) : (
        <button type="button" onClick={() => setOpen(true)} data-testid="timeline-show">
          {t(tm.show)}
        </button>
      )}
    </section>
  );
}

function TimelineBody({ centerId }: { centerId: string }) {
  const { t, lang } = useI18n();
  const loaded = useApi(
    (signal) =>
      Promise.all([
        api.get('/centers/:id/analysis/timeline', { params: { id: centerId }, signal }),
        api.get('/centers/:id/analysis/layers', { params: { id: centerId }, query: {}, signal }),
      ]),
    [centerId],
  );
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const [timeline, layers] = loaded.data;
  const years = timeline.years;
  const share = (v: number | null) => formatValue(lang, SHARE, v);
  const index = (v: number | null) => formatValue(lang, INDEX, v);
  const densityTop = axisTop(
    Math.max(0, ...years.flatMap((y) => [y.collaborationDensity ?? 0, y.conflictDensity ?? 0])),
  );
  return (
    <>
      {years.length === 0 ? (
        <p>{t(tm.noYears)}</p>
      ) : (
        <>
          <TimelineChart
            title={t(tm.densityChart)}
            testId="timeline-density"
            years={years.map((y) => y.year)}
            yMax={densityTop}
            formatAxis={(v) => share(v)}
            patterns={years.map((y) => ({ code: y.pattern.code, label: y.pattern.label[lang] }))}
            series={[
              {
                key: 'collaboration',
                label: t(tm.collaborationDensity),
                values: years.map((y) => y.collaborationDensity),
                color: '#1565c0',
                format: share,
              },
              {
                key: 'conflict',
                label: t(tm.conflictDensity),
                values: years.map((y) => y.conflictDensity),
                color: '#c62828',
                dash: '6 4',
                format: share,
              },
            ]}
          />
          <TimelineChart
            title={t(tm.balanceChart)}
            testId="timeline-balance"
            years={years.map((y) => y.year)}
            yMax={1}
            formatAxis={(v) => index(v)}
            series={[
              {
                key: 'frustration',
                label: t(tm.normalizedFrustration),
                values: years.map((y) => y.normalizedFrustration),
                color: '#6a1b9a',
                format: index,
              },
              {
                key: 'persistence',
                label: t(tm.persistence),
                values: years.map((y) => y.persistence),
                color: '#2e7d32',
                dash: '2 3',
                format: share,
              },
            ]}
          />
          <details className="timeline-table">
            <summary>{t(tm.asTable)}</summary>
            <DataTable<Year>
              caption={t(tm.tableCaption)}
              rows={years}
              rowKey={(y) => String(y.year)}
              csvName="indikator-per-tahun.csv"
              columns={[
                { key: 'year', header: t(tm.year), value: (y) => y.year, render: (y) => String(y.year) },
                { key: 'firms', header: t(tm.firms), value: (y) => y.firms, numeric: true },
                {
                  key: 'collab',
                  header: t(tm.collaborationTies),
                  value: (y) => y.collaborationTies,
                  numeric: true,
                },
                { key: 'conflict', header: t(tm.conflictTies), value: (y) => y.conflictTies, numeric: true },
                {
                  key: 'cd',
                  header: t(tm.collaborationDensity),
                  value: (y) => y.collaborationDensity,
                  render: (y) => formatMeasure(lang, 'collaborationDensity', y.collaborationDensity),
                  numeric: true,
                },
                {
                  key: 'xd',
                  header: t(tm.conflictDensity),
                  value: (y) => y.conflictDensity,
                  render: (y) => formatMeasure(lang, 'conflictDensity', y.conflictDensity),
                  numeric: true,
                },
                {
                  key: 'nf',
                  header: t(tm.normalizedFrustration),
                  value: (y) => y.normalizedFrustration,
                  render: (y) => formatMeasure(lang, 'normalizedFrustration', y.normalizedFrustration),
                  numeric: true,
                },
                { key: 'pattern', header: t(tm.pattern), value: (y) => y.pattern.label[lang] },
                {
                  key: 'persistence',
                  header: t(tm.persistence),
                  value: (y) => y.persistence,
                  render: (y) => share(y.persistence),
                  numeric: true,
                },
                {
                  key: 'jaccard',
                  header: t(tm.jaccard),
                  value: (y) => y.jaccard,
                  render: (y) => index(y.jaccard),
                  numeric: true,
                },
              ]}
            />
          </details>
        </>
      )}
      <h3>{t(tm.layersTitle)}</h3>
      <p className="muted small">{t(tm.layersIntro)}</p>
      <LayerTable layers={layers} />
    </>
  );
}
