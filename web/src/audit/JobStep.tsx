import type { AuditEntry } from '../../../src/audit/audit.schema.ts';
import {
  JOB_EVENT_LABELS,
  JOB_FIELD_LABELS,
  JOB_TASK_LABELS,
  jobWord,
} from '../../../src/jobs/job-audit-labels.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { hm } from './messages.ts';

/** The fields of a job step shown, in this order (the step itself is the heading). */
const SHOWN = ['task', 'key', 'attempts', 'max_attempts', 'run_at', 'error'] as const;

/** One step of a job's life in the audit trail: what happened, when, by whom, then the job's details. */
export function JobStep({ entry }: { entry: AuditEntry }) {
  const { t, lang } = useI18n();
  const step = (entry.after ?? {}) as Record<string, unknown>;
  const when = (iso: string) =>
    new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
  const show = (field: (typeof SHOWN)[number]): string => {
    const value = step[field];
    if (field === 'task') return jobWord(JOB_TASK_LABELS, String(value), lang);
    if (field === 'run_at') return when(String(value));
    return String(value);
  };
  return (
    <li className="card history-entry" data-testid="history-entry">
      <p>
        <strong>{jobWord(JOB_EVENT_LABELS, String(step.event ?? entry.action), lang)}</strong> ·{' '}
        <time dateTime={entry.occurredAt}>{when(entry.occurredAt)}</time> ·{' '}
        {entry.via === 'system' ? t(hm.viaSystem) : entry.actorLabel}
      </p>
      <table className="history-change">
        <tbody>
          {SHOWN.filter((f) => step[f] !== undefined && step[f] !== null).map((f) => (
            <tr key={f}>
              <th scope="row">{JOB_FIELD_LABELS[f]?.[lang] ?? f}</th>
              <td>{show(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}
