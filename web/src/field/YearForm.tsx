import { useMemo } from 'react';
import type { EnterpriseYearPut } from '../../../src/enterprises/year-data.schema.ts';
import type { Source } from '../../../src/shared/provenance.ts';
import { type FigureKey, GRID_COLUMNS } from '../center/grid-messages.ts';
import { SOURCE_LABELS } from '../center/messages.ts';
import { parseNumber } from '../center/number-entry.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { type FormProps, onSubmit } from './FieldFormPage.tsx';
import { Choice, TextInput } from './inputs.tsx';
import { firmKey, firmRef, MemberPicker } from './MemberPicker.tsx';
import { fm } from './messages.ts';
import { useDraft } from './use-draft.ts';

/** Sources a collector records figures under: the Dinas survey, what the owner says, a researcher's survey. */
const FIELD_SOURCES: Source[] = ['dinas_census', 'self_report', 'researcher_survey'];

type FigureTexts = Record<FigureKey, string>;

const EMPTY_FIGURES = Object.fromEntries(GRID_COLUMNS.map((c) => [c.key, ''])) as FigureTexts;

/**
 * A firm's yearly figures (`yearData.upsert`) with the labels of the web's yearly-figures grid: numbers as
 * people type them (1.250.000, 1,5), only the figures typed in are sent and the server keeps the rest of
 * the stored row for that year and source.
 */
export function YearForm({ data, draftKey, save }: FormProps) {
  const { t, lang } = useI18n();
  const thisYear = new Date().getFullYear();
  const draft = useDraft(draftKey, {
    firm: '',
    year: String(thisYear - 1),
    source: 'dinas_census',
    vintage: '',
    ...EMPTY_FIGURES,
  });
  const v = draft.values;
  const byKey = useMemo(() => new Map(data.index.firms.map((f) => [firmKey(f), f])), [data.index]);
  const firm = byKey.get(v.firm) ?? null;
  const year = /^\d{4}$/.test(v.year.trim()) ? Number(v.year.trim()) : null;
  const yearError =
    year === null || year < 1900 || year > thisYear ? t(fm.yearInvalid, { max: thisYear }) : null;

  const figures: Partial<Record<FigureKey, number | string>> = {};
  const errors = new Map<FigureKey, string>();
  for (const column of GRID_COLUMNS) {
    const text = v[column.key].trim();
    if (!text) continue;
    if (column.text) {
      figures[column.key] = text;
      continue;
    }
    const parsed = parseNumber(lang, text);
    if (parsed.kind === 'number') figures[column.key] = parsed.value;
    else if (parsed.kind === 'invalid') errors.set(column.key, t(fm.notNumber));
  }
  const empty = Object.keys(figures).length === 0;
  const ready = firm !== null && year !== null && !yearError && errors.size === 0 && !empty;

  return (
    <form
      onSubmit={onSubmit(async () => {
        if (!ready || !firm || year === null) return;
        const body = {
          source: v.source as Source,
          vintage: v.vintage.trim() || String(year),
          ...figures,
        } as EnterpriseYearPut;
        await save([
          {
            change: { kind: 'yearData.upsert', payload: { enterprise: firmRef(firm), year, figures: body } },
            label: { kind: 'yearData.upsert', params: { name: `${firm.name} (${year})` } },
          },
        ]);
        draft.reset();
      })}
    >
      <MemberPicker
        label={t(fm.firm)}
        index={data.index}
        value={firm}
        onPick={(f) => draft.set({ firm: f ? firmKey(f) : '' })}
        testId="year-firm"
      />
      <TextInput
        label={t(fm.year)}
        value={v.year}
        numeric
        required
        error={v.year.trim() ? yearError : null}
        onChange={(year) => draft.set({ year })}
      />
      <Choice
        label={t(fm.source)}
        value={v.source}
        onChange={(source) => draft.set({ source: source || 'dinas_census' })}
        options={FIELD_SOURCES.map((s) => ({ value: s, label: t(SOURCE_LABELS[s]) }))}
        placeholder={t(fm.choose)}
        required
      />
      <TextInput label={t(fm.vintage)} value={v.vintage} onChange={(vintage) => draft.set({ vintage })} />
      <p className="field-muted">{t(fm.yearHint)}</p>
      {GRID_COLUMNS.map((column) => (
        <TextInput
          key={column.key}
          label={t(column.label)}
          value={v[column.key]}
          numeric={!column.text}
          error={errors.get(column.key) ?? null}
          onChange={(text) => draft.set({ [column.key]: text })}
        />
      ))}
      <div className="field-row">
        <button type="submit" disabled={!ready}>
          {t(fm.save)}
        </button>
      </div>
    </form>
  );
}
