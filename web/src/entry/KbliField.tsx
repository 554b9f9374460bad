import type { KbliEntry } from '../../../src/shared/kbli.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { m } from './messages.ts';
import { text } from './use-submit.ts';

/** One KBLI line as typed: text until the API checks it, so a wrong code is named rather than dropped. */
export interface KbliRow {
  code: string;
  version: KbliEntry['version'];
  title: string;
}

const EDITIONS: KbliEntry['version'][] = ['2020', '2025'];

/** Stored KBLI entries as form rows. */
export function kbliRows(entries: readonly KbliEntry[]): KbliRow[] {
  return entries.map((e) => ({ code: e.code, version: e.version, title: e.title ?? '' }));
}

/** Form rows as the API's entries; a row left wholly empty is not sent. */
export function kbliEntries(rows: readonly KbliRow[]): KbliEntry[] {
  return rows
    .filter((r) => r.code.trim() !== '' || r.title.trim() !== '')
    .map((r) => {
      const title = text(r.title);
      return { code: r.code.trim(), version: r.version, ...(title ? { title } : {}) };
    });
}

/** KBLI entries as a person reads them in the conflict view: "13133 (KBLI 2020) Batik; …". */
export function showKbli(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return (value as KbliRow[])
    .map((r) => `${r.code} (KBLI ${r.version})${r.title ? ` ${r.title}` : ''}`)
    .join('; ');
}

interface Props {
  legend: string;
  rows: KbliRow[];
  onChange(rows: KbliRow[]): void;
  /** The API's message for a path such as `kbli.0.code`. */
  fieldError(path: string): string | undefined;
}

/** The KBLI codes of a firm or centre: one line per code with its edition and title, added and removed. */
export function KbliField({ legend, rows, onChange, fieldError }: Props) {
  const { t } = useI18n();
  const update = (index: number, change: Partial<KbliRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="kbli-field" data-testid="kbli-field">
      <legend>{legend}</legend>
      {rows.length === 0 && <p className="muted small">{t(m.kbliNone)}</p>}
      {rows.map((row, index) => (
        // Rows have no identity of their own but their place; removing one re-keys the rest, which is fine
        // for plain inputs.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="kbli-row" key={index}>
          <InputField
            label={t(m.kbliCode)}
            value={row.code}
            onChange={(code) => update(index, { code })}
            error={fieldError(`kbli.${index}.code`)}
            hint={t(m.kbliCodeHint)}
            required
          />
          <SelectField
            label={t(m.kbliEdition)}
            value={row.version}
            onChange={(version) => update(index, { version: version as KbliRow['version'] })}
            options={EDITIONS.map((e) => ({ value: e, label: `KBLI ${e}` }))}
            placeholder={false}
            required
          />
          <InputField
            label={t(m.kbliTitle)}
            value={row.title}
            onChange={(title) => update(index, { title })}
            error={fieldError(`kbli.${index}.title`)}
          />
          <button
            type="button"
            className="linklike"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            {t(m.kbliRemove, { code: row.code || '…' })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { code: '', version: '2020', title: '' }])}>
        {t(m.kbliAdd)}
      </button>
      {fieldError('kbli') && !rows.some((_, i) => fieldError(`kbli.${i}`)) && (
        <p className="field-error">{fieldError('kbli')}</p>
      )}
    </fieldset>
  );
}
