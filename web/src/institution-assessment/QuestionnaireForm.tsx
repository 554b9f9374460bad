import { useState } from 'react';
import type {
  AssessmentPreview,
  AssessmentSnapshot,
} from '../../../src/institution-assessment/assessment.schema.ts';
import { ApiError, api } from '../api/client.ts';
import { FormFrame } from '../entry/FormFrame.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { iam } from './messages.ts';

type Questionnaire = AssessmentPreview['questionnaire'];

/** The questionnaire as radio groups (0–4 with each step's words, or yes/no); saving scores and stores it. */
export function QuestionnaireForm({
  institutionId,
  questionnaire,
  onSaved,
}: {
  institutionId: string;
  questionnaire: Questionnaire;
  onSaved(snapshot: AssessmentSnapshot): void;
}) {
  const { t } = useI18n();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = { questionnaireVersion: questionnaire.version, answers };
      onSaved(
        await api.send('POST', '/institutions/:id/assessments', { params: { id: institutionId }, body }),
      );
      setAnswers({});
    } catch (caught) {
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormFrame
      title={t(iam.form, { version: questionnaire.version })}
      busy={busy}
      error={error}
      onSubmit={submit}
    >
      <p className="muted small hint">{t(iam.formIntro)}</p>
      {questionnaire.items.map((item) => {
        const choices =
          item.scale === 'yes_no'
            ? [
                { value: 1, text: t(iam.yes) },
                { value: 0, text: t(iam.no) },
              ]
            : item.steps.map((text, value) => ({ value, text: `${value} · ${text}` }));
        const problem = error instanceof ApiError ? error.field(`answers.${item.id}`) : undefined;
        return (
          <fieldset key={item.id} className="question" data-item={item.id}>
            <legend>{item.label}</legend>
            {choices.map((choice) => (
              <label key={choice.value} className="inline">
                <input
                  type="radio"
                  name={item.id}
                  value={choice.value}
                  checked={answers[item.id] === choice.value}
                  onChange={() => setAnswers({ ...answers, [item.id]: choice.value })}
                />{' '}
                {choice.text}
              </label>
            ))}
            {problem && (
              <p className="field-error" role="alert">
                {problem}
              </p>
            )}
          </fieldset>
        );
      })}
    </FormFrame>
  );
}
