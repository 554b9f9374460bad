import type { SizeClassValue } from '../../../src/enterprises/size-classes.schema.ts';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { HistoryLink } from '../audit/HistoryLink.tsx';
import { CapabilityLink } from '../capabilities/CapabilityLink.tsx';
import { SOURCE_LABELS } from '../center/messages.ts';
import { formatDate, formatNumber, formatRupiah } from '../i18n/format.ts';
import { type Message, useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading, NotFound } from '../ui/status.tsx';
import { EnterpriseEdit } from './EnterpriseEdit.tsx';
import { EnterpriseMemberships } from './EnterpriseMemberships.tsx';
import { EnterpriseTies } from './EnterpriseTies.tsx';
import { LEGAL_FORM_LABELS } from './labels.ts';
import { em } from './messages.ts';
import '../center/center.css';
import { TableWrap } from '../network/TableWrap.tsx';

const CLASS_LABELS: Record<SizeClassValue, Message> = {
  IK: { id: 'IK (industri kecil)', en: 'IK (small industry)' },
  IM: { id: 'IM (industri menengah)', en: 'IM (medium industry)' },
  IB: { id: 'IB (industri besar)', en: 'IB (large industry)' },
  micro: { id: 'Mikro', en: 'Micro' },
  small: { id: 'Kecil', en: 'Small' },
  medium: { id: 'Menengah', en: 'Medium' },
  large: { id: 'Besar', en: 'Large' },
};

/** `/ikm/:id`: an enterprise's profile, yearly figures, size classes, ties and memberships. */
export default function EnterprisePage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const id = params.id!;
  const loaded = useApi(
    (signal) =>
      Promise.all([
        api.get('/enterprises/:id', { params: { id }, signal }),
        api.get('/enterprises/:id/years', { params: { id }, signal }).catch(() => []),
      ]),
    [id],
  );
  if (loaded.error instanceof ApiError && loaded.error.status === 404) return <NotFound />;
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const [e, years] = loaded.data;
  const rupiah = (v: number | null) => formatRupiah(lang, v);
  const rows = [...years].sort((a, b) => b.year - a.year || a.source.localeCompare(b.source));
  const report = e.sizeClasses[0];
  const facts: [Message, string][] = [
    [em.owner, e.ownerName ?? `(${t(em.hidden)})`],
    [em.address, e.address ?? '–'],
    [em.region, e.regionName ? `${e.regionName} (${e.regionCode})` : (e.regionCode ?? '–')],
    [em.nib, e.nib ?? '–'],
    [em.legalForm, t(LEGAL_FORM_LABELS[e.legalForm])],
    [em.licenseYear, e.licenseYear ? String(e.licenseYear) : '–'],
    [em.commodity, e.commodity ?? '–'],
    [em.products, e.products ?? '–'],
    [em.kbli, e.kbli.map((k) => `${k.code} ${k.title ?? ''}`.trim()).join('; ') || '–'],
    [em.formality, t(e.formality === 'formal' ? em.formal : em.informal)],
  ];
  return (
    <article data-testid="enterprise-page">
      <nav aria-label={t(em.breadcrumbs)}>
        <ol className="breadcrumbs">
          <li>
            <Link href="/">{t(em.overview)}</Link>
          </li>
          {e.memberships[0] && (
            <li>
              <Link href={`/sentra/${e.memberships[0].centerId}`}>{e.memberships[0].centerName}</Link>
            </li>
          )}
          <li aria-current="page">{e.name}</li>
        </ol>
      </nav>
      <h1>{e.name}</h1>
      <p className="small">
        <HistoryLink kind="ikm" id={e.id} />
      </p>
      {e.archivedAt && <p className="alert">{t(em.archived, { date: formatDate(lang, e.archivedAt) })}</p>}
      <dl className="center-facts">
        {facts.map(([label, value]) => (
          <div key={label.en}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <EnterpriseEdit enterprise={e} onChanged={loaded.reload} />
      <CapabilityLink enterpriseId={e.id} />

      <EnterpriseMemberships enterpriseId={e.id} fallback={e.memberships} />

      <h2>{t(em.years)}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t(em.noYears)}</p>
      ) : (
        <TableWrap label={t(em.years)}>
          <table data-testid="year-table">
            <thead>
              <tr>
                <th scope="col">{t(em.colYear)}</th>
                <th scope="col">{t(em.colSource)}</th>
                <th scope="col" className="num">
                  {t(em.colWorkers)}
                </th>
                <th scope="col" className="num">
                  {t(em.colInvestment)}
                </th>
                <th scope="col" className="num">
                  {t(em.colCapital)}
                </th>
                <th scope="col" className="num">
                  {t(em.colSales)}
                </th>
                <th scope="col" className="num">
                  {t(em.colProduction)}
                </th>
                <th scope="col" className="num">
                  {t(em.colProductionValue)}
                </th>
                <th scope="col" className="num">
                  {t(em.colMaterials)}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((y) => (
                <tr key={`${y.year}-${y.source}`}>
                  <th scope="row">{y.year}</th>
                  <td>
                    {t(SOURCE_LABELS[y.source])} ({y.vintage})
                  </td>
                  <td className="num">
                    {formatNumber(lang, (y.workersMale ?? 0) + (y.workersFemale ?? 0))} (
                    {formatNumber(lang, y.workersMale)}/{formatNumber(lang, y.workersFemale)})
                  </td>
                  <td className="num">{rupiah(y.investmentExclLandBuilding)}</td>
                  <td className="num">{rupiah(y.businessCapital)}</td>
                  <td className="num">{rupiah(y.annualSales)}</td>
                  <td className="num">
                    {formatNumber(lang, y.productionQty)} {y.productionUnit ?? ''}
                  </td>
                  <td className="num">{rupiah(y.productionValue)}</td>
                  <td className="num">{rupiah(y.rawAuxMaterialValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}

      <h2>{t(em.sizeClasses)}</h2>
      {!report ? (
        <p className="muted">{t(em.noSize)}</p>
      ) : (
        <>
          <p className="small muted">
            {t(em.sizeIntro, {
              year: report.year,
              source: `${t(SOURCE_LABELS[report.source])} ${report.vintage}`,
            })}
          </p>
          <TableWrap label={t(em.sizeClasses)}>
            <table data-testid="size-classes">
              <thead>
                <tr>
                  <th scope="col">{t(em.colRegime)}</th>
                  <th scope="col">{t(em.colClass)}</th>
                  <th scope="col">{t(em.colRule)}</th>
                </tr>
              </thead>
              <tbody>
                {report.classes.map((c) => (
                  <tr key={c.regime}>
                    <th scope="row">{c.basis}</th>
                    <td>
                      {c.class ? (
                        <strong>{t(CLASS_LABELS[c.class])}</strong>
                      ) : (
                        <span className="muted">{t(em.noClass)}</span>
                      )}
                    </td>
                    <td className="small">{c.rule ?? c.reason ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
      <EnterpriseTies enterpriseId={e.id} />
    </article>
  );
}
