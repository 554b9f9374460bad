import { FIELD_LABELS } from '../../../src/shared/field-labels.ts';
import type { Message } from '../i18n/i18n.tsx';
import { COLUMN_FIELDS, COLUMN_LABELS } from './messages.ts';

/** Bookkeeping columns every write touches; showing them would bury the real change. */
const HIDDEN = new Set(['id', 'version', 'created_at', 'updated_at']);

/** One changed field of an audit entry: its label and the values before and after (undefined when absent). */
export interface FieldChange {
  column: string;
  label: Message;
  before: unknown;
  after: unknown;
}

/** Nothing to show: absent, null, empty text or an empty list. */
const empty = (v: unknown) => v == null || v === '' || (Array.isArray(v) && v.length === 0);

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The label a stored column is shown under: the API field's label, else the column name as is. */
export function columnLabel(column: string): Message {
  const field = COLUMN_FIELDS[column] ?? camel(column);
  return FIELD_LABELS[field] ?? COLUMN_LABELS[field] ?? { id: column, en: column };
}

const asRow = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The fields that differ between the row before and after (all of them for an insert or a delete). */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const old = asRow(before);
  const now = asRow(after);
  const columns = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  return columns
    .filter((c) => !HIDDEN.has(c) && JSON.stringify(old[c]) !== JSON.stringify(now[c]))
    .filter((c) => !(empty(old[c]) && empty(now[c])))
    .map((c) => ({ column: c, label: columnLabel(c), before: old[c], after: now[c] }));
}
