import type { AuditEntry } from '../../../src/audit/audit.schema.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { fieldChanges } from './audit-diff.ts';
import { JobStep } from './JobStep.tsx';
import { hm } from './messages.ts';
import { VALUE_LABELS } from './value-labels.ts';

/** One value as a reader sees it: text as is, lists joined, yes/no, `–` for nothing. */
function useShow() {
  const { t } = useI18n();
  const show = (value: unknown, column: string): string => {
    if (value === null || value === undefined || value === '') return '–';
    if (typeof value === 'boolean') return value ? t(hm.yes) : t(hm.no);
    if (Array.isArray(value)) return value.map((v) => show(v, column)).join(', ') || '–';
    const coded = typeof value === 'string' ? VALUE_LABELS[column]?.[value] : undefined;
    if (coded) return t(coded);
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };
  return show;
}

/** One audit entry: when, who (and how), what kind of change, then a before → after row per field. */
export function HistoryEntry({ entry }: { entry: AuditEntry }) {
  if (entry.entityType === 'job') return <JobStep entry={entry} />;
  return <RowChange entry={entry} />;
}

/** A changed row: its fields before → after. */
function RowChange({ entry }: { entry: AuditEntry }) {
  const { t, lang } = useI18n();
  const show = useShow();
  const changes = fieldChanges(entry.before, entry.after);
  const when = new Date(entry.occurredAt).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const via =
    entry.via === 'token' ? ` ${t(hm.viaToken)}` : entry.via === 'system' ? ` ${t(hm.viaSystem)}` : '';
  return (
    <li className="card history-entry" data-testid="history-entry">
      <p>
        <strong>{t(hm[entry.action])}</strong> · <time dateTime={entry.occurredAt}>{when}</time> ·{' '}
        {entry.actorLabel}
        {via}
      </p>
      {changes.length === 0 ? (
        <p className="muted small">{t(hm.noFieldChange)}</p>
      ) : (
        <table className="history-change">
          <thead>
            <tr>
              <th scope="col">{t(hm.colField)}</th>
              <th scope="col">{t(hm.colBefore)}</th>
              <th scope="col">{t(hm.colAfter)}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.column}>
                <th scope="row">{t(c.label)}</th>
                <td>{entry.action === 'insert' ? '–' : <del>{show(c.before, c.column)}</del>}</td>
                <td>{entry.action === 'delete' ? '–' : <ins>{show(c.after, c.column)}</ins>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
