import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { type FormProps, onSubmit } from './FieldFormPage.tsx';
import { Choice, TextInput } from './inputs.tsx';
import { firmKey, firmRef, MemberPicker } from './MemberPicker.tsx';
import type { PickableFirm } from './member-search.ts';
import { fm } from './messages.ts';
import { useDraft } from './use-draft.ts';

/**
 * The name-generator: a question asked of one firm, and the firms it names picked from the member list;
 * each named firm is one `tie.create` (type and direction come from the question on the server).
 */
export function TiesForm({ data, draftKey, save }: FormProps) {
  const { t, lang } = useI18n();
  const year = new Date().getFullYear();
  const draft = useDraft(draftKey, {
    respondent: '',
    question: '',
    named: [] as string[],
    startDate: `${year}-01-01`,
  });
  const v = draft.values;
  const byKey = useMemo(() => new Map(data.index.firms.map((f) => [firmKey(f), f])), [data.index]);
  const respondent = byKey.get(v.respondent) ?? null;
  const named = v.named.map((k) => byKey.get(k)).filter((f): f is PickableFirm => !!f);
  const question = data.pkg.questions.find((q) => q.key === v.question);
  return (
    <form
      onSubmit={onSubmit(async () => {
        if (!respondent || !question || named.length === 0) return;
        await save(
          named.map((firm) => ({
            change: {
              kind: 'tie.create',
              payload: {
                question: question.key,
                respondent: firmRef(respondent),
                named: firmRef(firm),
                startDate: v.startDate,
              },
            },
            label: { kind: 'tie.create', params: { from: respondent.name, to: firm.name } },
          })),
        );
        draft.reset();
      })}
    >
      <MemberPicker
        label={t(fm.respondent)}
        index={data.index}
        value={respondent}
        onPick={(f) => draft.set({ respondent: f ? firmKey(f) : '' })}
        testId="tie-respondent"
      />
      <Choice
        label={t(fm.question)}
        value={v.question}
        onChange={(q) => draft.set({ question: q })}
        options={data.pkg.questions.map((q) => ({ value: q.key, label: q.text[lang] }))}
        placeholder={t(fm.choose)}
        required
      />
      <h2>{t(fm.named)}</h2>
      <ul className="field-list" data-testid="tie-named">
        {named.map((f) => (
          <li key={firmKey(f)} className="field-picked">
            <span>{f.name}</span>
            <button
              type="button"
              aria-label={t(fm.remove, { name: f.name })}
              onClick={() => draft.set({ named: v.named.filter((k) => k !== firmKey(f)) })}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <MemberPicker
        label={t(fm.addNamed)}
        index={data.index}
        value={null}
        onPick={(f) => {
          if (f && !v.named.includes(firmKey(f)) && firmKey(f) !== v.respondent)
            draft.set({ named: [...v.named, firmKey(f)] });
        }}
        testId="tie-add-named"
      />
      <TextInput
        label={t(fm.since)}
        type="date"
        value={v.startDate}
        onChange={(startDate) => draft.set({ startDate })}
        required
      />
      <div className="field-row">
        <button type="submit" disabled={!respondent || !question || named.length === 0}>
          {t(fm.save)}
        </button>
      </div>
    </form>
  );
}
