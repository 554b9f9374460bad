import { useState } from 'react';
import type { Case } from '../../../src/cases/cases.schema.ts';
import { FIELD_LABELS as L } from '../../../src/shared/field-labels.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, TextAreaField } from '../ui/Field.tsx';
import { hm } from './handle-messages.ts';

interface Row {
  /** Stable key of the row while it is edited (rows can be removed from the middle). */
  key: number;
  who: string;
  what: string;
  dueOn: string;
}

/** Records the agreement of a case in mediation: its day and text and who commits to what by when. */
export function AgreementForm({ kase, onDone }: { kase: Case; onDone(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [agreedOn, setAgreedOn] = useState('');
  const [agreementText, setAgreementText] = useState('');
  const [rows, setRows] = useState<Row[]>([{ key: 0, who: '', what: '', dueOn: '' }]);
  const [nextKey, setNextKey] = useState(1);
  const openTies = kase.ties.filter((tie) => tie.endDate === null).length;
  const [endTies, setEndTies] = useState(false);
  const change = (key: number, field: 'who' | 'what' | 'dueOn', value: string) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  return (
    <form
      noValidate
      className="case-form"
      data-testid="case-agreement-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          const commitments = rows.map(({ who, what, dueOn }) => ({ who, what, dueOn }));
          const body = { version: kase.version, agreedOn, agreementText, commitments, endTies };
          await api.send('POST', '/cases/:id/agreement', { params: { id: kase.id }, body });
          onDone();
        });
      }}
    >
      <h3>{t(hm.agreementTitle)}</h3>
      <p className="muted small">{t(hm.agreementHint)}</p>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <InputField
        label={t(L.agreedOn!)}
        required
        type="date"
        name="agreedOn"
        value={agreedOn}
        onChange={setAgreedOn}
        error={fieldError('agreedOn')}
      />
      <TextAreaField
        label={t(L.agreementText!)}
        required
        name="agreementText"
        value={agreementText}
        onChange={setAgreementText}
        error={fieldError('agreementText')}
      />
      {openTies > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={endTies} onChange={(e) => setEndTies(e.target.checked)} />{' '}
          {t(hm.endTiesChoice, { count: openTies })}
        </label>
      )}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="case-commitment" data-testid="commitment-row">
          <legend>{t(hm.commitmentN, { n: i + 1 })}</legend>
          <InputField
            label={t(L.who!)}
            required
            value={row.who}
            onChange={(v) => change(row.key, 'who', v)}
            error={fieldError(`commitments.${i}.who`)}
          />
          <InputField
            label={t(L.what!)}
            required
            value={row.what}
            onChange={(v) => change(row.key, 'what', v)}
            error={fieldError(`commitments.${i}.what`)}
          />
          <InputField
            label={t(L.dueOn!)}
            required
            type="date"
            value={row.dueOn}
            onChange={(v) => change(row.key, 'dueOn', v)}
            error={fieldError(`commitments.${i}.dueOn`)}
          />
          <button type="button" onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}>
            {t(hm.removeCommitment, { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <div className="form-actions">
        <button
          type="button"
          onClick={() => {
            setRows((rs) => [...rs, { key: nextKey, who: '', what: '', dueOn: '' }]);
            setNextKey((k) => k + 1);
          }}
        >
          {t(hm.addCommitment)}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t(hm.agreementSave)}
        </button>
      </div>
    </form>
  );
}
