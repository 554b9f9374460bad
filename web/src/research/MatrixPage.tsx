import './privacy.css';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { MeasureName } from '../glossary/MeasureInfo.tsx';
import { formatMeasure, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { pm } from './privacy-messages.ts';

/** The stored indicators shown under each centre, in order (names and formats from the glossary). */
const INDICATORS = [
  'collaborationDensity',
  'conflictDensity',
  'largestCollaborativeComponentShare',
  'balanceRatio',
  'normalizedFrustration',
] as const;

/** A cell's shade: the share of the largest count, as the alpha of one blue (text stays dark and legible). */
const shade = (value: number, max: number) =>
  value === 0 || max === 0 ? undefined : `rgba(37, 99, 235, ${(0.08 + 0.5 * (value / max)).toFixed(2)})`;

/**
 * The code-by-centre matrix of a project (issue #21 item 5): coded segments per code and centre, heat-shaded,
 * with each centre's network indicators from its stored analysis and its ties' corroboration rate beneath.
 */
export default function MatrixPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const projectId = params.id ?? '';
  const loaded = useApi(
    (signal) => api.get('/research/projects/:id/code-by-center', { params: { id: projectId }, signal }),
    [projectId],
  );
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  const data = loaded.data;
  if (!data) return <Loading />;
  const cell = new Map(data.cells.map((c) => [`${c.codeId}|${c.centerId}`, c]));
  const max = Math.max(0, ...data.cells.map((c) => c.segments));
  return (
    <div className="page">
      <h1>{t(pm.matrixTitle)}</h1>
      <p className="muted">{t(pm.matrixIntro)}</p>
      <p className="small">
        <Link href={`/penelitian/proyek/${projectId}/privasi`}>{t(pm.openPrivacy)}</Link>
        {' · '}
        <Link href={`/penelitian/proyek/${projectId}/bukti`}>{t(pm.openEvidence)}</Link>
      </p>
      {data.codes.length === 0 && <p className="muted">{t(pm.noCodes)}</p>}
      {data.centers.length === 0 && <p className="muted">{t(pm.noCenters)}</p>}
      {data.codes.length > 0 && data.centers.length > 0 && (
        <div className="matrix-scroll">
          <table className="matrix-table" data-testid="code-center-matrix">
            <caption className="sr-only">{t(pm.matrixTitle)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(pm.code)}</th>
                {data.centers.map((c) => (
                  <th key={c.id} scope="col">
                    <Link href={`/sentra/${c.id}?tab=jaringan`}>{c.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.codes.map((code) => (
                <tr key={code.id}>
                  <th scope="row">{code.name}</th>
                  {data.centers.map((c) => {
                    const v = cell.get(`${code.id}|${c.id}`);
                    const n = v?.segments ?? 0;
                    return (
                      <td
                        key={c.id}
                        data-testid="matrix-cell"
                        data-code={code.id}
                        data-center={c.id}
                        style={{ background: shade(n, max) }}
                        title={t(pm.cell, { s: n, d: v?.documents ?? 0 })}
                      >
                        {formatNumber(lang, n)}
                        {v && <span className="small"> ({formatNumber(lang, v.documents)})</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
            <tfoot>
              {INDICATORS.map((key) => (
                <tr key={key} data-indicator={key}>
                  <th scope="row">
                    <MeasureName term={key} />
                  </th>
                  {data.centers.map((c) => (
                    <td key={c.id}>{c.networkReadable ? formatMeasure(lang, key, c[key]) : '—'}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">{t(pm.corroborationRate)}</th>
                {data.centers.map((c) => (
                  <td key={c.id} data-testid="matrix-corroboration">
                    {c.corroborationRate === null
                      ? '—'
                      : `${formatNumber(lang, c.corroborationRate * 100, 0)}% (${formatNumber(lang, c.tiesWithEvidence)})`}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t(pm.pattern)}</th>
                {data.centers.map((c) => (
                  <td key={c.id}>{c.pattern ? c.pattern[lang] : t(pm.noNetwork)}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {data.withoutCenter > 0 && <p className="small">{t(pm.withoutCenter, { n: data.withoutCenter })}</p>}
    </div>
  );
}
