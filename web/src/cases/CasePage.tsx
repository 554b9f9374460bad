import { CASE_STATUS_LABELS } from '../../../src/cases/cases.constants.ts';
import type { Case } from '../../../src/cases/cases.schema.ts';
import { interactionType } from '../../../src/interactions/interaction-types.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { km } from './messages.ts';
import './cases.css';

/** `/kasus/:id`: one case — parties, evidence with hashes, sessions, agreement and commitments, the next moves. */
export default function CasePage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const id = params.id ?? '';
  const kase = useApi((signal) => api.get('/cases/:id', { params: { id }, signal }), [id]);
  if (kase.error) return <ErrorView error={kase.error} onRetry={kase.reload} />;
  if (!kase.data) return <Loading />;
  const c = kase.data;
  return (
    <div className="cases" data-testid="case-page" data-status={c.status}>
      <p>
        <Link href="/kasus">{t(km.back)}</Link>
      </p>
      <h1>
        {c.title} <span className="case-status">{t(CASE_STATUS_LABELS[c.status])}</span>
      </h1>
      <p>
        <Link href={`/sentra/${c.centerId}`}>{c.centerName}</Link> · {t(interactionType(c.caseType).label)} ·{' '}
        {t(km.severity)}: {t(km[c.severity])}
      </p>
      {c.pseudonymised && <p className="muted">{t(km.pseudonymised)}</p>}
      <p>{c.description}</p>
      <Moves key={c.version} kase={c} onDone={kase.reload} />
      <h2>{t(km.parties)}</h2>
      {c.parties.length === 0 && <p className="muted">{t(km.nothingYet)}</p>}
      <ul>
        {c.parties.map((p) => (
          <li key={p.id}>
            {p.name} ({p.side})
          </li>
        ))}
      </ul>
      <h2>{t(km.evidence)}</h2>
      {c.evidence.length === 0 && <p className="muted">{t(km.nothingYet)}</p>}
      <ul>
        {c.evidence.map((e) => (
          <li key={e.id}>
            {formatDate(lang, e.capturedOn)} · {e.evidenceKind} · {e.description} · {e.verification}
            {e.sha256 && <code className="small"> SHA-256 {e.sha256}</code>}
          </li>
        ))}
      </ul>
      <h2>{t(km.sessions)}</h2>
      {c.sessions.length === 0 && <p className="muted">{t(km.nothingYet)}</p>}
      <ul>
        {c.sessions.map((s) => (
          <li key={s.id}>
            {formatDate(lang, s.heldOn)} · {s.place} · {s.attendees}
          </li>
        ))}
      </ul>
      {c.agreementText && (
        <section data-testid="case-agreement">
          <h2>
            {t(km.agreement)} ({formatDate(lang, c.agreedOn)})
          </h2>
          <p>{c.agreementText}</p>
          <h3>{t(km.commitments)}</h3>
          <ul>
            {c.commitments.map((k) => (
              <li key={k.id} data-state={k.commitmentState}>
                {formatDate(lang, k.dueOn)} · {k.who}: {k.what} ({k.commitmentState})
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.notes.length > 0 && (
        <section>
          <h2>{t(km.notes)}</h2>
          <ul>
            {c.notes.map((n) => (
              <li key={n.createdAt}>{n.noteText}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The next statuses a handler may move the case to (agreement has its own form, not built yet). */
function Moves({ kase, onDone }: { kase: Case; onDone(): void }) {
  const { t } = useI18n();
  const { may } = useSession();
  const { busy, error, run } = useSubmit();
  if (!may((a) => a.cases.handle)) return null;
  const moves = kase.nextStatuses.filter((s) => s !== 'agreed' && s !== 'referred');
  return (
    <div className="form-actions" data-testid="case-moves">
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {moves.map((status) => (
        <button
          key={status}
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await api.send('POST', '/cases/:id/move', {
                params: { id: kase.id },
                body: { version: kase.version, status },
              });
              onDone();
            })
          }
        >
          {t(km.moveTo, { status: t(CASE_STATUS_LABELS[status]) })}
        </button>
      ))}
    </div>
  );
}
