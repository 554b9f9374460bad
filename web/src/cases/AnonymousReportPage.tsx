import { useState } from 'react';
import { CASE_STATUS_LABELS, CASE_TYPES, SEVERITIES } from '../../../src/cases/cases.constants.ts';
import type { AnonymousReceipt } from '../../../src/cases/cases.schema.ts';
import { interactionType } from '../../../src/interactions/interaction-types.ts';
import { FIELD_LABELS } from '../../../src/shared/field-labels.ts';
import { api } from '../api/client.ts';
import { Link } from '../app/router.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField, TextAreaField } from '../ui/Field.tsx';
import { km } from './messages.ts';
import { rm } from './report-messages.ts';
import { useCenterOptions } from './use-centers.ts';
import './cases.css';

/**
 * `/lapor-konflik`: a report without an account. The follow-up code is shown once, from the answer; it is
 * kept only in this component's state, so leaving the page loses it (the server keeps only its hash).
 */
export default function AnonymousReportPage() {
  const { t } = useI18n();
  const [receipt, setReceipt] = useState<AnonymousReceipt | null>(null);
  return (
    <div className="cases case-public">
      <h1>{t(rm.anonymousTitle)}</h1>
      {receipt ? (
        <Receipt receipt={receipt} onAnother={() => setReceipt(null)} />
      ) : (
        <AnonymousForm onSent={setReceipt} />
      )}
      <p>
        <Link href="/lapor-konflik/lanjut">{t(rm.followUpLink)}</Link>
      </p>
    </div>
  );
}

/** The code, once, with the note to write it down. */
function Receipt({ receipt, onAnother }: { receipt: AnonymousReceipt; onAnother(): void }) {
  const { t } = useI18n();
  return (
    <section className="case-receipt" data-testid="case-receipt" aria-live="polite">
      <p>{t(rm.codeTitle)}</p>
      <p className="case-code" data-testid="follow-up-code">
        {receipt.followUpCode}
      </p>
      <p className="case-code-note" role="note">
        {t(rm.codeWriteDown)}
      </p>
      <p>{t(rm.status, { status: t(CASE_STATUS_LABELS[receipt.status]) })}</p>
      <button type="button" onClick={onAnother}>
        {t(rm.anotherReport)}
      </button>
    </section>
  );
}

/** Centre, type, severity, title and what happened; no parties (they are described in words). */
function AnonymousForm({ onSent }: { onSent(receipt: AnonymousReceipt): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const centers = useCenterOptions();
  const [centerId, setCenterId] = useState('');
  const [caseType, setCaseType] = useState('');
  const [severity, setSeverity] = useState('medium');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  return (
    <form
      noValidate
      className="case-form"
      data-testid="case-anonymous-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          const body = { centerId, caseType, severity, title, description };
          onSent(await api.send('POST', '/cases/anonymous', { body: body as never }));
        });
      }}
    >
      <p className="muted">{t(rm.anonymousIntro)}</p>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <SelectField
        label={t(rm.center)}
        required
        name="centerId"
        value={centerId}
        onChange={setCenterId}
        error={fieldError('centerId')}
        options={centers}
      />
      <SelectField
        label={t(FIELD_LABELS.caseType!)}
        required
        name="caseType"
        value={caseType}
        onChange={setCaseType}
        error={fieldError('caseType')}
        options={CASE_TYPES.map((c) => ({ value: c, label: t(interactionType(c).label) }))}
      />
      <SelectField
        label={t(km.severity)}
        required
        placeholder={false}
        name="severity"
        value={severity}
        onChange={setSeverity}
        error={fieldError('severity')}
        options={SEVERITIES.map((s) => ({ value: s, label: t(km[s]) }))}
      />
      <InputField
        label={t(rm.title)}
        required
        name="title"
        value={title}
        onChange={setTitle}
        error={fieldError('title')}
      />
      <TextAreaField
        label={t(rm.description)}
        required
        name="description"
        value={description}
        onChange={setDescription}
        error={fieldError('description')}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(rm.send)}
        </button>
      </div>
    </form>
  );
}
