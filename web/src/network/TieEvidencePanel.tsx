import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { em } from '../research/evidence-messages.ts';
import { ErrorView } from '../ui/status.tsx';

interface Props {
  centerId: string;
  typeLabel(code: string): string;
}

/**
 * The centre's ties with interview evidence (issue #21): the corroboration rate, and per tie whether both
 * sides, one side or third parties confirm it, with the pieces a project member may read — the words only
 * with the informant's quotation consent.
 */
export function TieEvidencePanel({ centerId, typeLabel }: Props) {
  const { t, lang } = useI18n();
  const loaded = useApi(
    (signal) => api.get('/research/centers/:id/evidence', { params: { id: centerId }, signal }),
    [centerId],
  );
  const data = loaded.data;
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!data) return null;
  return (
    <section className="card" data-testid="tie-evidence" aria-labelledby="tie-evidence-title">
      <h3 id="tie-evidence-title">{t(em.panelTitle)}</h3>
      <p className="muted small">{t(em.panelIntro)}</p>
      {data.tiesWithEvidence === 0 ? (
        <p className="muted small">{t(em.noEvidence)}</p>
      ) : (
        <>
          <p data-testid="corroboration-rate">
            {t(em.rate, {
              rate: `${formatNumber(lang, (data.corroborationRate ?? 0) * 100, 0)}%`,
              n: data.tiesWithEvidence,
            })}
          </p>
          <ul className="tie-evidence-list">
            {data.ties.map((tie) => (
              <li key={tie.interactionId} data-testid="tie-evidence-item" data-tie={tie.interactionId}>
                <strong>
                  {tie.sourceLabel} → {tie.targetLabel}
                </strong>{' '}
                · {typeLabel(tie.type)} · <span className="badge">{t(em[tie.corroboration])}</span> ·{' '}
                {t(em.confidence)}:{' '}
                {t(em[tie.confidence as 'verified' | 'reported' | 'suspected'] ?? em.reported)}
                <div className="muted small">{t(em.counts, { s: tie.supports, c: tie.contradicts })}</div>
                {tie.evidence.length === 0 ? (
                  <p className="muted small">{t(em.notMember)}</p>
                ) : (
                  <ul>
                    {tie.evidence.map((piece) => (
                      <li key={piece.id} className="small">
                        <span className="badge">{t(em[piece.stance])}</span> {piece.documentTitle}
                        {piece.heldOn && ` (${piece.heldOn})`}
                        {piece.informantPseudonym &&
                          ` · ${piece.informantPseudonym}, ${t(em[piece.perspective === 'third_party' ? 'third_party' : piece.perspective])}`}
                        {piece.excerpt === null ? (
                          <em className="muted"> — {t(em.withheld)}</em>
                        ) : (
                          <blockquote data-testid="evidence-excerpt">“{piece.excerpt}”</blockquote>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
