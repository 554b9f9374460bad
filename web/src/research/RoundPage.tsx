import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { cm } from './coding-messages.ts';

type Unitisation = 'all_text' | 'coded_text';

/** `/penelitian/putaran/:id`: a coding round, its coders' progress, closing it, and κ/α per code once closed. */
export default function RoundPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const id = params.id!;
  const [unitisation, setUnitisation] = useState<Unitisation>('all_text');
  const [error, setError] = useState<unknown>(null);
  const round = useApi((signal) => api.get('/research/rounds/:id', { params: { id }, signal }), [id]);
  const closed = round.data ? !round.data.open : false;
  const agreement = useApi(
    async (signal) =>
      closed
        ? api.get('/research/rounds/:id/agreement', { params: { id }, query: { unitisation }, signal })
        : null,
    [id, closed, unitisation],
  );
  if (round.error) return <ErrorView error={round.error} onRetry={round.reload} />;
  if (!round.data) return <Loading />;
  const r = round.data;
  const value = (c: { value: number | null } | null) =>
    c === null ? t(cm.notUsed) : c.value === null ? t(cm.undefinedValue) : formatNumber(lang, c.value, 3);
  return (
    <article>
      <h1>{t(cm.roundTitle, { name: r.name })}</h1>
      <p data-testid="round-state">{r.open ? t(cm.open) : t(cm.closed)}</p>
      <h2>{t(cm.documents)}</h2>
      <ul>
        {r.documents.map((d) => (
          <li key={d.id}>
            <Link href={`/penelitian/dokumen/${d.id}/koding`}>{d.title}</Link>
          </li>
        ))}
      </ul>
      <h2>{t(cm.coders)}</h2>
      <ul>
        {r.coders.map((c) => (
          <li key={c.id}>
            {c.name}: {t(cm.segmentsCount, { n: c.segments })}
          </li>
        ))}
      </ul>
      {r.open && may((a) => a.research.lead) && (
        <button
          type="button"
          onClick={async () => {
            setError(null);
            try {
              await api.send('POST', '/research/rounds/:id/close', { params: { id } });
              round.reload();
            } catch (e) {
              setError(e);
            }
          }}
        >
          {t(cm.close)}
        </button>
      )}
      {error !== null && <ErrorView error={error as Error} />}
      <h2>{t(cm.agreement)}</h2>
      {r.open && <p>{t(cm.agreementLater)}</p>}
      {closed && (
        <p>
          <label>
            {t(cm.unitisation)}{' '}
            <select value={unitisation} onChange={(e) => setUnitisation(e.target.value as Unitisation)}>
              <option value="all_text">{t(cm.allText)}</option>
              <option value="coded_text">{t(cm.codedText)}</option>
            </select>
          </label>
        </p>
      )}
      {agreement.error && <ErrorView error={agreement.error} onRetry={agreement.reload} />}
      {agreement.data && (
        <>
          <p className="muted">{agreement.data.method}</p>
          <table data-testid="round-agreement">
            <thead>
              <tr>
                <th scope="col">{t(cm.code)}</th>
                <th scope="col">{t(cm.percent)}</th>
                <th scope="col">{t(cm.kappa)}</th>
                <th scope="col">{t(cm.alpha)}</th>
              </tr>
            </thead>
            <tbody>
              {agreement.data.perCode
                .filter((p) => p.percentAgreement !== null)
                .map((p) => (
                  <tr key={p.codeId}>
                    <th scope="row">{p.name}</th>
                    <td>{value(p.percentAgreement)}</td>
                    <td>{value(p.cohenKappa)}</td>
                    <td>{value(p.krippendorffAlpha)}</td>
                  </tr>
                ))}
              <tr>
                <th scope="row">{t(cm.overall)}</th>
                <td>{value({ value: agreement.data.overall.percentAgreement })}</td>
                <td>{value({ value: agreement.data.overall.cohenKappa })}</td>
                <td>{value({ value: agreement.data.overall.krippendorffAlpha })}</td>
              </tr>
            </tbody>
          </table>
        </>
      )}
    </article>
  );
}
