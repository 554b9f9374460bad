import type { Role } from '../../../src/auth/roles.ts';
import { CASE_STATUS_LABELS } from '../../../src/cases/cases.constants.ts';
import type { Case } from '../../../src/cases/cases.schema.ts';
import { ROLE_LABELS } from '../app/roles.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { hm } from './handle-messages.ts';

/**
 * Every status move the case went through, oldest first: when, from which status to which, who (name and
 * role, when the reader may see them) and the note given with the move. The report step names no one.
 */
export function StatusHistory({ kase }: { kase: Case }) {
  const { t, lang } = useI18n();
  const roleOf = (role: string | null) => (role && role in ROLE_LABELS ? t(ROLE_LABELS[role as Role]) : null);
  return (
    <section data-testid="case-history" aria-labelledby="case-history-title">
      <h2 id="case-history-title">{t(hm.history)}</h2>
      <ol className="case-history">
        {kase.history.map((step, i) => {
          const who = [step.byName, roleOf(step.byRole)].filter(Boolean);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows at its end
            <li key={i} data-to={step.toStatus}>
              <time dateTime={step.movedAt}>{formatDate(lang, step.movedAt)}</time>{' '}
              <strong>
                {step.fromStatus
                  ? t(hm.historyMove, {
                      from: t(CASE_STATUS_LABELS[step.fromStatus]),
                      to: t(CASE_STATUS_LABELS[step.toStatus]),
                    })
                  : t(hm.historyReported)}
              </strong>
              {who.length > 0 && <span> {t(hm.historyBy, { who: who.join(', ') })}</span>}
              {step.moveNote && <p className="muted small">{step.moveNote}</p>}
            </li>
          );
        })}
      </ol>
      {kase.pseudonymised && <p className="muted small">{t(hm.historyHidden)}</p>}
    </section>
  );
}
