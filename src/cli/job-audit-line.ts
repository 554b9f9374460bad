import type { AuditEntry } from '../audit/audit.schema.ts';
import { JOB_ENTITY_LABEL, JOB_EVENT_LABELS, JOB_TASK_LABELS, jobWord } from '../jobs/job-audit-labels.ts';
import { CLI_LANG } from './cli-lang.ts';

/**
 * One job step of `simpul audit` as a tab-separated line: when, who, the step and the kind of job in words
 * (not `update` and `analysis.refresh`), the job's id, and its error when it failed.
 */
export function jobAuditLine(entry: AuditEntry): string {
  const step = (entry.after ?? {}) as Record<string, unknown>;
  const event = jobWord(JOB_EVENT_LABELS, String(step.event ?? entry.action), CLI_LANG);
  const task = jobWord(JOB_TASK_LABELS, String(step.task ?? ''), CLI_LANG);
  const entity = `${JOB_ENTITY_LABEL[CLI_LANG]} ${entry.entityId}`;
  const error = typeof step.error === 'string' ? `\t${step.error.replace(/\s+/g, ' ')}` : '';
  return `${entry.occurredAt}\t${entry.actorLabel}\t${event}\t${entity}\t${task}${error}\n`;
}
