import { type KeyboardEvent, useEffect } from 'react';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { codeSplit } from '../app/code-split.tsx';
import { Link, useRouter } from '../app/router.tsx';
import { HistoryLink } from '../audit/HistoryLink.tsx';
import { useSession } from '../auth/session.tsx';
import { EcosystemCard } from '../ecosystem/EcosystemCard.tsx';
import { formatDate, formatNumber, formatRupiah } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { XlsFormLinks } from '../import/XlsFormLinks.tsx';
import { InterventionsCard } from '../interventions/InterventionsCard.tsx';
import { IndicatorCards } from '../network/IndicatorCards.tsx';
import { NetworkChangeLink } from '../network/NetworkChangeLink.tsx';
import { psm } from '../partnership-settings/messages.ts';
import { ErrorView, Loading, NotFound } from '../ui/status.tsx';
import { CaseKpisCard } from './CaseKpisCard.tsx';
import { CenterEdit } from './CenterEdit.tsx';
import { EnterprisesTab } from './EnterprisesTab.tsx';
import { InstitutionsTab } from './InstitutionsTab.tsx';
import { cm, FIGURE_LABELS, RUPIAH_FIGURES, SOURCE_LABELS, STATUS_LABELS } from './messages.ts';
import { PartnershipKpisCard } from './PartnershipKpisCard.tsx';
import { ReportLink } from './ReportLink.tsx';
import { YearGridLink } from './YearGridLink.tsx';
import './center.css';
import { FacilitiesSection } from '../facilities/FacilitiesSection.tsx';
import { TableWrap } from '../network/TableWrap.tsx';

// sigma and graphology load only when the network tab opens.
const CenterNetwork = codeSplit(() => import('../network/CenterNetwork.tsx'));

const TABS = ['jaringan', 'ikm', 'lembaga', 'indikator'] as const;
type Tab = (typeof TABS)[number];

/** `/sentra/:id`: a centre's profile and figures, then its network, firms, institutions and indicators. */
export default function CenterPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const { query, path, navigate } = useRouter();
  const id = params.id!;
  const center = useApi(
    async (signal) => {
      const c = await api.get('/centers/:id', { params: { id }, signal });
      const regency = c.regionCodes[0]?.slice(0, 5);
      // One request names the regency (breadcrumbs) and every village; codes alone when it fails.
      const codes = [...new Set([...(regency ? [regency] : []), ...c.regionCodes])];
      const found = codes.length
        ? await api
            .get('/regions', { query: { codes: codes.join(','), limit: 100 }, signal })
            .catch(() => null)
        : null;
      const names = new Map((found?.items ?? []).map((r) => [r.code, r.name]));
      const region = regency && names.has(regency) ? { code: regency, name: names.get(regency)! } : null;
      return { c, region, names };
    },
    [id],
  );
  const mayNetwork = may((a) => a.networks.read);
  const mayMembers = may((a) => a.memberships.read);
  // Only the tabs the reader may open: the network and its indicators for network readers, the member
  // list for member-list readers; the institutions serving a centre are public.
  const tabs = TABS.filter((key) => (key === 'lembaga' ? true : key === 'ikm' ? mayMembers : mayNetwork));
  const requested = query.get('tab') as Tab | null;
  const tab: Tab = requested && tabs.includes(requested) ? requested : (tabs[0] ?? 'lembaga');
  // The network tab's code loads while the centre itself is being fetched, not after.
  useEffect(() => {
    if (tab === 'jaringan' && mayNetwork) void CenterNetwork.preload().catch(() => {});
  }, [tab, mayNetwork]);
  if (center.error instanceof ApiError && center.error.status === 404) return <NotFound />;
  if (center.error) return <ErrorView error={center.error} onRetry={center.reload} />;
  if (!center.data) return <Loading />;
  const { c, region, names } = center.data;
  const labels: Record<Tab, string> = {
    jaringan: t(cm.tabNetwork),
    ikm: t(cm.tabEnterprises),
    lembaga: t(cm.tabInstitutions),
    indikator: t(cm.tabIndicators),
  };
  const select = (next: Tab) => navigate(`${path}?tab=${next}`, { replace: true });
  const onKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    select(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <article data-testid="center-page">
      <nav aria-label={t(cm.breadcrumbs)}>
        <ol className="breadcrumbs">
          <li>
            <Link href="/">{t(cm.overview)}</Link>
          </li>
          {region && (
            <li>
              <Link href={`/wilayah/${region.code}`}>{region.name}</Link>
            </li>
          )}
          <li aria-current="page">{c.name}</li>
        </ol>
      </nav>
      <div className="center-head">
        <h1>{c.name}</h1>
        <span className="badge">{t(STATUS_LABELS[c.status])}</span>
      </div>
      {c.archivedAt && <p className="alert">{t(cm.archived, { date: formatDate(lang, c.archivedAt) })}</p>}
      {c.description && <p>{c.description}</p>}
      <dl className="center-facts">
        <div>
          <dt>{t(cm.mainProduct)}</dt>
          <dd>{c.mainProduct}</dd>
        </div>
        <div>
          <dt>{t(cm.activeMembers)}</dt>
          <dd>{formatNumber(lang, c.activeMemberCount)}</dd>
        </div>
        <div>
          <dt>{t(cm.designation)}</dt>
          <dd>
            {c.designation
              ? `${c.designation.skNumber}, ${formatDate(lang, c.designation.date)} (${c.designation.issuer})`
              : t(cm.noDesignation)}
          </dd>
        </div>
        <div>
          <dt>{t(cm.origin)}</dt>
          <dd>
            {t(cm[c.origin])}
            {c.foundingYear ? ` · ${t(cm.founded)} ${c.foundingYear}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t(cm.kbli)}</dt>
          <dd>{c.kbli.map((k) => `${k.code} ${k.title ?? ''}`.trim()).join('; ') || '–'}</dd>
        </div>
        <div>
          <dt>{t(cm.regions)}</dt>
          <dd data-testid="center-regions">
            {c.regionCodes
              .map((code) => (names.has(code) ? `${names.get(code)} (${code})` : code))
              .join(', ')}
          </dd>
        </div>
      </dl>
      {/* One row of ways onward, so the network drawing below the tabs starts within the first screen. */}
      <div className="center-actions">
        {may((a) => a.enterprises.edit) && <YearGridLink centerId={c.id} />}
        <NetworkChangeLink centerId={c.id} />
        <HistoryLink kind="sentra" id={c.id} />
        {may((a) => a.partnershipSettings.edit) && (
          <Link href={`/sentra/${c.id}/pengaturan-kemitraan`} className="button">
            {t(psm.link)}
          </Link>
        )}
        {mayNetwork && <ReportLink centerId={c.id} />}
        {may((a) => a.field.collect) && <XlsFormLinks centerId={c.id} />}
      </div>
      {c.warnings.map((w) => (
        <p className="alert" key={w}>
          {w}
        </p>
      ))}
      <CenterEdit center={c} onChanged={center.reload} />
      {/* Folded, so the network drawing below the tabs starts within the first screen (issue #15). */}
      <details className="center-figures">
        <summary>
          <h2>{t(cm.figuresCount, { n: c.figures.length })}</h2>
        </summary>
        {c.figures.length === 0 ? (
          <p className="muted">{t(cm.noFigures)}</p>
        ) : (
          <TableWrap label={t(cm.figures)}>
            <table data-testid="center-figures">
              <thead>
                <tr>
                  <th scope="col">{t(cm.colIndicator)}</th>
                  <th scope="col" className="num">
                    {t(cm.colValue)}
                  </th>
                  <th scope="col" className="num">
                    {t(cm.colYear)}
                  </th>
                  <th scope="col">{t(cm.colSource)}</th>
                  <th scope="col">{t(cm.colVintage)}</th>
                  <th scope="col">{t(cm.colDefinition)}</th>
                </tr>
              </thead>
              <tbody>
                {c.figures.map((f) => (
                  <tr key={`${f.indicator}-${f.year}-${f.source}-${f.vintage}`}>
                    <th scope="row">{t(FIGURE_LABELS[f.indicator]!)}</th>
                    <td className="num">
                      {RUPIAH_FIGURES.has(f.indicator)
                        ? formatRupiah(lang, f.value)
                        : formatNumber(lang, f.value)}
                      {f.unit && !RUPIAH_FIGURES.has(f.indicator) ? ` ${f.unit}` : ''}
                    </td>
                    <td className="num">{f.year}</td>
                    <td>{t(SOURCE_LABELS[f.source])}</td>
                    <td>{f.vintage}</td>
                    <td className="small">
                      {[f.definition, f.sourceRef].filter(Boolean).join(' — ') || '–'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </details>
      <div className="tabs" role="tablist" aria-label={t(cm.tabs)}>
        {tabs.map((key, index) => (
          <button
            key={key}
            id={`tab-${key}`}
            type="button"
            role="tab"
            aria-selected={tab === key}
            aria-controls={`panel-${key}`}
            tabIndex={tab === key ? 0 : -1}
            onClick={() => select(key)}
            onKeyDown={(e) => onKey(e, index)}
          >
            {labels[key]}
          </button>
        ))}
      </div>
      <section
        id={`panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`tab-${tab}`}
        data-testid={`panel-${tab}`}
      >
        {tab === 'jaringan' && <CenterNetwork centerId={c.id} title={t(cm.networkTitle, { name: c.name })} />}
        {tab === 'ikm' && <EnterprisesTab centerId={c.id} centerName={c.name} />}
        {tab === 'lembaga' && <InstitutionsTab centerId={c.id} />}
        {tab === 'indikator' && (
          <>
            <IndicatorsTab centerId={c.id} />
            <PartnershipKpisCard centerId={c.id} />
            <CaseKpisCard centerId={c.id} />
            <EcosystemCard centerId={c.id} />
            <InterventionsCard centerId={c.id} />
          </>
        )}
      </section>
      {may((a) => a.facilities.read) && <FacilitiesSection centerId={c.id} />}
    </article>
  );
}

/** The stored analysis' indicators and pattern (a 404 means none computed yet). */
function IndicatorsTab({ centerId }: { centerId: string }) {
  const { t, lang } = useI18n();
  const loaded = useApi(
    (signal) =>
      api.get('/centers/:id/analysis', { params: { id: centerId }, signal }).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
    [centerId],
  );
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <Loading />;
  if (loaded.data === null) return <p className="alert">{t(cm.indicatorsMissing)}</p>;
  const a = loaded.data;
  return (
    <div>
      <h2>{t(cm.indicatorsTitle)}</h2>
      <p>
        <strong>{a.pattern.label[lang]}</strong> — {a.pattern.explanation[lang]}
      </p>
      <IndicatorCards indicators={a.indicators} />
    </div>
  );
}
