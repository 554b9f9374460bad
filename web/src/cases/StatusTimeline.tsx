import { CASE_STATUS_LABELS, type CaseStatus } from '../../../src/cases/cases.constants.ts';
import type { Case } from '../../../src/cases/cases.schema.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { hm } from './handle-messages.ts';

/** The main path of DOMAIN.md §6.4; a case that left it (referred, cancelled, not agreed) shows its own end. */
const MAIN_PATH: readonly CaseStatus[] = [
  'reported',
  'verifying',
  'mediation_scheduled',
  'in_mediation',
  'agreed',
  'closed',
];

/** Where the case ended up when it left the main path, placed after the last step it went through. */
function pathOf(kase: Case): readonly CaseStatus[] {
  if (MAIN_PATH.includes(kase.status)) return MAIN_PATH;
  const lastOnPath: Record<string, CaseStatus> = {
    not_agreed: 'in_mediation',
    referred: kase.agreedOn ? 'agreed' : 'verifying',
    cancelled: kase.agreedOn ? 'agreed' : kase.sessions.length > 0 ? 'in_mediation' : 'reported',
  };
  const cut = MAIN_PATH.indexOf(lastOnPath[kase.status] ?? 'reported') + 1;
  return [...MAIN_PATH.slice(0, cut), kase.status];
}

/**
 * The status flow as steps: those passed, the current one, those ahead; with the dates the case records
 * (reported, each session, the agreement, the last change). StatusHistory lists the moves themselves.
 */
export function StatusTimeline({ kase }: { kase: Case }) {
  const { t, lang } = useI18n();
  const steps = pathOf(kase);
  const now = steps.indexOf(kase.status);
  return (
    <section data-testid="case-timeline" aria-labelledby="case-timeline-title">
      <h2 id="case-timeline-title">{t(hm.timeline)}</h2>
      <ol className="case-timeline">
        {steps.map((status, i) => (
          <li key={status} data-step={i < now ? 'done' : i === now ? 'now' : 'ahead'}>
            {t(CASE_STATUS_LABELS[status])}
            {i < now && <span className="sr-only"> ({t(hm.stepDone)})</span>}
            {i === now && <span className="muted small"> ({t(hm.stepNow)})</span>}
          </li>
        ))}
      </ol>
      <p className="muted small">
        {[
          t(hm.reportedOn, { date: formatDate(lang, kase.createdAt) }),
          ...kase.sessions.map((s) => t(hm.sessionOn, { date: formatDate(lang, s.heldOn) })),
          ...(kase.agreedOn ? [t(hm.agreedOn, { date: formatDate(lang, kase.agreedOn) })] : []),
          t(hm.lastChange, { date: formatDate(lang, kase.updatedAt) }),
        ].join(' · ')}
      </p>
    </section>
  );
}
