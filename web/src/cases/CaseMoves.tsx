import { useState } from 'react';
import { CASE_STATUS_LABELS, type CaseStatus, REFERRALS } from '../../../src/cases/cases.constants.ts';
import type { Case } from '../../../src/cases/cases.schema.ts';
import { FIELD_LABELS } from '../../../src/shared/field-labels.ts';
import { api } from '../api/client.ts';
import { text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField, TextAreaField } from '../ui/Field.tsx';
import { hm } from './handle-messages.ts';
import { REFERRAL_LABELS } from './labels.ts';
import { km } from './messages.ts';

/** The next statuses a handler may move the case to: buttons, the referral choice and closing with an outcome. */
export function CaseMoves({ kase, onDone }: { kase: Case; onDone(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [referral, setReferral] = useState('');
  const [outcome, setOutcome] = useState('');
  const [moveNote, setMoveNote] = useState('');
  const move = (status: CaseStatus, extra: { referral?: string; outcome?: string } = {}) =>
    run(async () => {
      await api.send('POST', '/cases/:id/move', {
        params: { id: kase.id },
        body: { version: kase.version, status, ...extra, moveNote: text(moveNote) },
      });
      setMoveNote('');
      onDone();
    });
  const buttons = kase.nextStatuses.filter((s) => !['agreed', 'referred', 'closed'].includes(s));
  return (
    <div className="case-moves" data-testid="case-moves">
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {/* One note for whichever move comes next: it is kept in the case's status history. */}
      <TextAreaField
        label={t(hm.moveNote)}
        name="moveNote"
        value={moveNote}
        onChange={setMoveNote}
        error={fieldError('moveNote')}
      />
      <div className="form-actions">
        {/* Plain moves get a button; "agreed" has the agreement form, "referred" and "closed" their fields. */}
        {buttons.map((status) => (
          <button key={status} type="button" disabled={busy} onClick={() => void move(status)}>
            {t(km.moveTo, { status: t(CASE_STATUS_LABELS[status]) })}
          </button>
        ))}
      </div>
      {kase.nextStatuses.includes('referred') && (
        <form
          noValidate
          className="case-inline-form"
          data-testid="case-refer-form"
          onSubmit={(e) => {
            e.preventDefault();
            void move('referred', { referral });
          }}
        >
          <SelectField
            label={t(hm.refer)}
            required
            name="referral"
            value={referral}
            onChange={setReferral}
            error={fieldError('referral')}
            options={REFERRALS.map((r) => ({ value: r, label: t(REFERRAL_LABELS[r]) }))}
          />
          <button type="submit" disabled={busy}>
            {t(hm.referTo)}
          </button>
        </form>
      )}
      {kase.nextStatuses.includes('closed') && (
        <form
          noValidate
          className="case-inline-form"
          data-testid="case-close-form"
          onSubmit={(e) => {
            e.preventDefault();
            void move('closed', { outcome: text(outcome) });
          }}
        >
          <TextAreaField
            label={t(FIELD_LABELS.outcome!)}
            name="outcome"
            value={outcome}
            onChange={setOutcome}
            error={fieldError('outcome')}
          />
          <button type="submit" disabled={busy}>
            {t(hm.closeWith)}
          </button>
        </form>
      )}
    </div>
  );
}
