import { CASE_STATUS_LABELS } from '../../../src/cases/cases.constants.ts';
import type { Case } from '../../../src/cases/cases.schema.ts';
import { interactionType } from '../../../src/interactions/interaction-types.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { AgreementForm } from './AgreementForm.tsx';
import { CaseMoves } from './CaseMoves.tsx';
import { CaseNetworkEffect } from './CaseNetworkEffect.tsx';
import { CommitmentList } from './CommitmentList.tsx';
import { EvidenceForm } from './EvidenceForm.tsx';
import { hm } from './handle-messages.ts';
import {
  EVIDENCE_KIND_LABELS,
  MEDIATOR_LABELS,
  REFERRAL_LABELS,
  SIDE_LABELS,
  VERIFICATION_LABELS,
} from './labels.ts';
import { km } from './messages.ts';
import { SessionForm } from './SessionForm.tsx';
import { StatusHistory } from './StatusHistory.tsx';
import { StatusTimeline } from './StatusTimeline.tsx';
import './cases.css';

/** `/kasus/:id`: one case — its timeline, parties, evidence with hashes, sessions, agreement; the handlers' forms. */
export default function CasePage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const id = params.id ?? '';
  const kase = useApi((signal) => api.get('/cases/:id', { params: { id }, signal }), [id]);
  if (kase.error) return <ErrorView error={kase.error} onRetry={kase.reload} />;
  if (!kase.data) return <Loading />;
  const c = kase.data;
  const handles = may((a) => a.cases.handle) && !c.pseudonymised;
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
      {c.referral && <p>{t(hm.referredTo, { to: t(REFERRAL_LABELS[c.referral]) })}</p>}
      {c.outcome && <p data-testid="case-outcome">{t(hm.outcomeShown, { outcome: c.outcome })}</p>}
      <StatusTimeline kase={c} />
      <StatusHistory kase={c} />
      {c.agreementText && (
        <section data-testid="case-agreement">
          <h2>
            {t(km.agreement)} ({formatDate(lang, c.agreedOn)})
          </h2>
          <p>{c.agreementText}</p>
          <h3>{t(km.commitments)}</h3>
          <CommitmentList kase={c} handles={handles} onDone={kase.reload} />
          <CaseNetworkEffect key={c.version} caseId={c.id} centerId={c.centerId} />
        </section>
      )}
      {handles && <Handling key={c.version} kase={c} onDone={kase.reload} />}
      <h2>{t(km.parties)}</h2>
      {c.parties.length === 0 && <p className="muted">{t(km.nothingYet)}</p>}
      <ul>
        {c.parties.map((p) => (
          <li key={p.id}>
            {p.name} ({t(SIDE_LABELS[p.side])})
          </li>
        ))}
      </ul>
      <h2>{t(km.evidence)}</h2>
      {c.evidence.length === 0 && <p className="muted">{t(km.nothingYet)}</p>}
      <ul data-testid="case-evidence">
        {c.evidence.map((e) => (
          <li key={e.id}>
            {formatDate(lang, e.capturedOn)} · {t(EVIDENCE_KIND_LABELS[e.evidenceKind])} · {e.description} ·{' '}
            {t(VERIFICATION_LABELS[e.verification])}
            {e.sha256 && <code className="small case-hash"> SHA-256 {e.sha256}</code>}
            {e.storedSha256 && e.storedSha256 !== e.sha256 && (
              <code className="small case-hash"> {t(hm.storedHash, { hash: e.storedSha256 })}</code>
            )}
          </li>
        ))}
      </ul>
      {handles && c.nextStatuses.length > 0 && <EvidenceForm kase={c} onDone={kase.reload} />}
      <h2>{t(km.sessions)}</h2>
      {c.sessions.length === 0 && <p className="muted">{t(km.nothingYet)}</p>}
      <ul data-testid="case-sessions">
        {c.sessions.map((s) => (
          <li key={s.id}>
            {formatDate(lang, s.heldOn)} · {s.place} · {t(MEDIATOR_LABELS[s.mediatorRole])} · {s.attendees}
            {s.sessionNotes && <p className="muted small">{s.sessionNotes}</p>}
          </li>
        ))}
      </ul>
      {handles && ['mediation_scheduled', 'in_mediation'].includes(c.status) && (
        <SessionForm kase={c} onDone={kase.reload} />
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

/** The handlers' moves, and the agreement form while the case is in mediation. */
function Handling({ kase, onDone }: { kase: Case; onDone(): void }) {
  const { t } = useI18n();
  if (kase.nextStatuses.length === 0) return null;
  return (
    <section className="case-handling" aria-labelledby="case-handling-title">
      <h2 id="case-handling-title">{t(hm.handling)}</h2>
      <CaseMoves kase={kase} onDone={onDone} />
      {kase.status === 'in_mediation' && <AgreementForm kase={kase} onDone={onDone} />}
    </section>
  );
}
