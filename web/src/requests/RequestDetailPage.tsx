import type { RequestDetail } from '../../../src/requests/request-detail.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { CandidatesPanel } from '../matching/CandidatesPanel.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { AwardsPanel } from './AwardsPanel.tsx';
import { rm } from './messages.ts';
import { OffersPanel } from './OffersPanel.tsx';
import { ThreadPanel } from './ThreadPanel.tsx';
import '../entry/entry.css';

type Move = '/requests/:id/submit' | '/requests/:id/close' | '/requests/:id/cancel';

/** `/permintaan/:id`: a request, its answers (the poster's all, a firm's own), thread, awards and actions. */
export default function RequestDetailPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const id = params.id as string;
  const loaded = useApi((signal) => api.get('/requests/:id', { params: { id }, signal }), [id]);
  const { busy, error, run } = useSubmit();
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const r: RequestDetail = loaded.data;
  const act = (path: Move) =>
    void run(async () => {
      await api.send('POST', path, { params: { id }, body: { version: r.version } });
      loaded.reload();
    });
  const review = (decision: 'approve' | 'return') =>
    void run(async () => {
      await api.send('POST', '/requests/:id/review', {
        params: { id },
        body: { version: r.version, decision },
      });
      loaded.reload();
    });
  const invitable = ['draft', 'in_review', 'open'].includes(r.status);
  const invite = (enterpriseId: string) =>
    void run(async () => {
      await api.send('POST', '/requests/:id/invitations', {
        params: { id },
        body: { enterpriseIds: [enterpriseId] },
      });
      loaded.reload();
    });
  const cancellable = ['draft', 'in_review', 'open', 'closed', 'awarded', 'in_production'].includes(r.status);
  return (
    <article className="entry" data-testid="request-detail" data-status={r.status}>
      <p>
        <Link href="/permintaan">{t(rm.backToList)}</Link>
      </p>
      <h1>{r.product}</h1>
      <p data-testid="request-status">
        <strong>{t(rm[r.status])}</strong> · {formatNumber(lang, r.quantity)} {r.unit} · {t(rm[r.tieType])} ·{' '}
        {t(rm.colDeadline)} {formatDate(lang, r.answerDeadline)} · {t(rm.colDelivery)}{' '}
        {formatDate(lang, r.deliveryDate)} · {r.posterName ?? r.buyerName}
      </p>
      {r.description && <p>{r.description}</p>}
      {r.reviewNote && (
        <p className="muted">
          {t(rm.reviewNote)}: {r.reviewNote}
        </p>
      )}
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <div className="form-actions">
        {r.isPosterSide && r.status === 'draft' && (
          <>
            <Link href={`/permintaan/${id}/ubah`} className="button" data-testid="request-edit">
              {t(rm.edit)}
            </Link>
            <button type="button" disabled={busy} onClick={() => act('/requests/:id/submit')}>
              {t(rm.submit)}
            </button>
          </>
        )}
        {r.status === 'in_review' && may((a) => a.requests.review) && (
          <>
            <button type="button" disabled={busy} onClick={() => review('approve')}>
              {t(rm.approve)}
            </button>
            <button type="button" disabled={busy} onClick={() => review('return')}>
              {t(rm.returnToDraft)}
            </button>
          </>
        )}
        {r.isPosterSide && r.status === 'open' && (
          <button type="button" disabled={busy} onClick={() => act('/requests/:id/close')}>
            {t(rm.close)}
          </button>
        )}
        {r.isPosterSide && cancellable && (
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => act('/requests/:id/cancel')}
          >
            {t(rm.cancel)}
          </button>
        )}
      </div>
      {/* Candidates (issue #18, point 3): the ranked, explained list, conflicted firms set apart; invite from it. */}
      {r.isPosterSide && may((a) => a.matching.candidates) && (
        // The panel is its own titled section ("Calon mitra"); a second heading here would repeat it.
        <div data-testid="request-candidates">
          <CandidatesPanel
            source={{ requestId: r.id }}
            actions={(candidate) =>
              invitable && !r.invitations.some((i) => i.enterpriseId === candidate.enterpriseId) ? (
                <button type="button" disabled={busy} onClick={() => invite(candidate.enterpriseId)}>
                  {t(rm.invite)}
                </button>
              ) : null
            }
          />
        </div>
      )}
      <OffersPanel request={r} onChange={loaded.reload} />
      <AwardsPanel request={r} onChange={loaded.reload} />
      <ThreadPanel request={r} />
    </article>
  );
}
