import { useState } from 'react';
import type { Answer } from '../../../src/requests/offers.schema.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { AnswerFields, answerBody, answerValues } from './AnswerFields.tsx';
import { rm } from './messages.ts';

/**
 * The answering firm's own quote while the request takes answers: edit it (`PATCH /request-answers/:id`,
 * which also sends a withdrawn one again) or withdraw it; the version guards against a change made meanwhile.
 */
export function AnswerEdit({ answer: a, onChange }: { answer: Answer; onChange(): void }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState(() => answerValues(a));
  const { busy, error, run, fieldError } = useSubmit();
  const save = () =>
    void run(async () => {
      await api.send('PATCH', '/request-answers/:id', {
        params: { id: a.id },
        body: { ...answerBody(values), version: a.version },
      });
      setEditing(false);
      onChange();
    });
  const withdraw = () =>
    void run(async () => {
      await api.send('POST', '/request-answers/:id/withdraw', {
        params: { id: a.id },
        body: { version: a.version },
      });
      onChange();
    });
  return (
    <div data-testid="own-answer" data-answer-id={a.id} data-withdrawn={a.withdrawn}>
      <h3>{t(rm.yourAnswer, { firm: a.enterpriseName })}</h3>
      {a.withdrawn && <p className="muted">{t(rm.answerWithdrawnNote)}</p>}
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {editing ? (
        <form
          data-testid="answer-edit-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <AnswerFields values={values} onChange={setValues} fieldError={fieldError} />
          <div className="form-actions">
            <button type="submit" disabled={busy}>
              {t(rm.saveAnswer)}
            </button>
            <button type="button" disabled={busy} onClick={() => setEditing(false)}>
              {t(rm.cancelEdit)}
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setValues(answerValues(a));
              setEditing(true);
            }}
          >
            {t(a.withdrawn ? rm.resendAnswer : rm.editAnswer)}
          </button>
          {!a.withdrawn && (
            <button type="button" className="danger" disabled={busy} onClick={withdraw}>
              {t(rm.withdrawAnswer)}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
