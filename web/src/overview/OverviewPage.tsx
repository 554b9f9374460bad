import type { CenterPatterns } from '../../../src/networks/compare/compare.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatNumber, formatRupiah } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { CenterSearch } from './CenterSearch.tsx';
import { m } from './messages.ts';
import { OverviewCharts } from './OverviewCharts.tsx';
import { CenterTable, ChildRegionTable } from './OverviewTables.tsx';
import { RegionCases } from './RegionCases.tsx';
import { RegionPartnerships } from './RegionPartnerships.tsx';
import './overview.css';
import { RegionReportLink } from '../center/ReportLink.tsx';

/** Pattern labels by centre id, from the stored analyses (network readers only; empty otherwise). */
export type PatternsById = Map<string, CenterPatterns['items'][number]['pattern']>;

/**
 * The overview of a region (the country at `/`): KPIs, charts, a map and the list of child regions and
 * centres, each a step down (`/wilayah/:code`, then `/sentra/:id`). One aggregate call, plus the stored
 * pattern labels counted per child region (at every level, the country too) for roles that may read
 * networks. Where the centres are too many to list (the whole country at national scale), a search by
 * name stands in for their table and the map shows the regions.
 */
export default function OverviewPage({ params }: { params: Record<string, string> }) {
  const code = params.code;
  const { t, lang } = useI18n();
  const { may } = useSession();
  const readsNetworks = may((a) => a.networks.read);
  const overview = useApi((signal) => api.get('/overview', { query: { region: code }, signal }), [code]);
  // The stored pattern labels counted per child region, for the chart and the map, at every level (the
  // country too), asked beside the overview.
  const counts = useApi(
    async (signal) =>
      readsNetworks
        ? api.get('/analysis/pattern-counts', { query: { region: code }, signal }).catch(() => null)
        : null,
    [code, readsNetworks],
  );
  // Each listed centre's label, for the centre table and the map's dots: only once the overview says the
  // centres are listed (not the whole country at national scale).
  const listed = overview.data?.centersListed === true;
  const patterns = useApi(
    async (signal) => {
      const none: CenterPatterns = { items: [] };
      if (!readsNetworks || !listed) return none;
      return api.get('/analysis/patterns', { query: { region: code }, signal }).catch(() => none);
    },
    [code, readsNetworks, listed],
  );
  if (overview.error) return <ErrorView error={overview.error} onRetry={overview.reload} />;
  if (!overview.data) return <Loading />;
  const data = overview.data;
  const byId: PatternsById = new Map((patterns.data?.items ?? []).map((i) => [i.centerId, i.pattern]));
  const title = data.region?.name ?? t(m.titleCountry);
  const atLeaf = !!data.region && data.region.level !== 'province';
  return (
    <article className="overview">
      <nav aria-label={t(m.breadcrumbs)}>
        <ol className="breadcrumbs">
          <li>
            {data.path.length === 0 ? (
              <span aria-current="page">{t(m.indonesia)}</span>
            ) : (
              <Link href="/">{t(m.indonesia)}</Link>
            )}
          </li>
          {data.path.map((region, i) => (
            <li key={region.code}>
              {i === data.path.length - 1 ? (
                <span aria-current="page">{region.name}</span>
              ) : (
                <Link href={`/wilayah/${region.code}`}>{region.name}</Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <h1>{title}</h1>
      {data.region && readsNetworks && (
        <p>
          <RegionReportLink code={data.region.code} />
        </p>
      )}
      <ul className="kpis" aria-label={t(m.figuresNote)}>
        <li className="kpi">
          <span className="value" data-testid="kpi-centers">
            {formatNumber(lang, data.totals.centers)}
          </span>
          <span className="label">{t(m.centers)}</span>
        </li>
        <li className="kpi">
          <span className="value" data-testid="kpi-units">
            {formatNumber(lang, data.totals.units)}
          </span>
          <span className="label">{t(m.units)}</span>
        </li>
        <li className="kpi">
          <span className="value">{formatNumber(lang, data.totals.workers)}</span>
          <span className="label">{t(m.workers)}</span>
        </li>
        <li className="kpi">
          <span className="value">{formatRupiah(lang, data.totals.productionValue, true)}</span>
          <span className="label">{t(m.productionValue)}</span>
        </li>
      </ul>
      <p className="muted small">{t(m.figuresNote)}</p>
      {data.partnerships && data.totals.centers > 0 && <RegionPartnerships totals={data.partnerships} />}
      {data.cases && data.totals.centers > 0 && <RegionCases kpis={data.cases} />}
      {data.totals.centers === 0 ? (
        <p>{t(m.noCenters)}</p>
      ) : (
        <>
          <OverviewCharts
            data={data}
            patterns={byId}
            counts={counts.data ?? null}
            showPatterns={readsNetworks}
            byCenter={atLeaf && data.centersListed}
          />
          {!atLeaf && data.children.length > 0 && <ChildRegionTable rows={data.children} />}
          {data.centersListed ? (
            <CenterTable rows={data.centers} patterns={byId} showPatterns={readsNetworks} />
          ) : (
            <CenterSearch
              total={data.totals.centers}
              region={data.region?.name ?? t(m.indonesia)}
              regionCode={data.region?.code}
            />
          )}
        </>
      )}
    </article>
  );
}
