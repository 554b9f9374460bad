import { useState } from 'react';
import type { Instrument, SurveyFirm } from '../../../src/research/scales/scales.schema.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { sm } from './scales-messages.ts';

const LIKERT = [sm.likert1, sm.likert2, sm.likert3, sm.likert4, sm.likert5];

/** One enterprise's questionnaire of one wave: every current item as a 1–5 choice (blank = not answered). */
export function SurveyEntryForm({
  projectId,
  firms,
  instruments,
  onSaved,
}: {
  projectId: string;
  firms: SurveyFirm[];
  instruments: Instrument[];
  onSaved(): void;
}) {
  const { t, lang } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [enterpriseId, setEnterpriseId] = useState('');
  const [wave, setWave] = useState('');
  const [answeredOn, setAnsweredOn] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const submit = () =>
    run(async () => {
      setSaved(null);
      const body = {
        enterpriseId,
        wave,
        answeredOn: answeredOn === '' ? null : answeredOn,
        answers: Object.fromEntries(
          Object.entries(answers)
            .filter(([, v]) => v !== '')
            .map(([k, v]) => [k, Number(v)]),
        ),
      };
      const result = await api.send('POST', '/research/projects/:id/scales/responses', {
        params: { id: projectId },
        body,
      });
      setSaved(t(sm.saved, { r: result.responses }));
      setAnswers({});
      onSaved();
    });
  if (firms.length === 0) return <p className="muted">{t(sm.noFirms)}</p>;
  return (
    <form
      noValidate
      className="card"
      data-testid="survey-entry"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t(sm.entry)}</h2>
      <SelectField
        label={t(sm.firm)}
        required
        value={enterpriseId}
        onChange={setEnterpriseId}
        error={fieldError('enterpriseId')}
        options={firms.map((f) => ({ value: f.id, label: `${f.label} (${f.centerName})` }))}
      />
      <InputField
        label={t(sm.wave)}
        required
        hint={t(sm.waveHint)}
        value={wave}
        onChange={setWave}
        error={fieldError('wave')}
      />
      <InputField
        label={t(sm.answeredOn)}
        type="date"
        value={answeredOn}
        onChange={setAnsweredOn}
        error={fieldError('answeredOn')}
      />
      {instruments.map((instrument) => (
        <fieldset key={instrument.id}>
          <legend>{instrument.name[lang]}</legend>
          {instrument.items.map((item) => (
            <SelectField
              key={item.id}
              label={`${item.key}. ${item.text[lang]}`}
              placeholder={false}
              value={answers[item.key] ?? ''}
              onChange={(v) => setAnswers((a) => ({ ...a, [item.key]: v }))}
              error={fieldError(`answers.${item.key}`)}
              options={[
                { value: '', label: t(sm.notAnswered) },
                ...LIKERT.map((label, i) => ({ value: String(i + 1), label: t(label) })),
              ]}
            />
          ))}
        </fieldset>
      ))}
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {saved && (
        <p className="alert" role="status" data-testid="survey-saved">
          {saved}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t(sm.save)}
      </button>
    </form>
  );
}
