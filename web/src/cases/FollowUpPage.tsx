import { useState } from 'react';
import type { PublicCaseStatus } from '../../../src/cases/cases.schema.ts';
import { interactionType } from '../../../src/interactions/interaction-types.ts';
import { api } from '../api/client.ts';
import { Link } from '../app/router.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, TextAreaField } from '../ui/Field.tsx';
import { rm } from './report-messages.ts';
import './cases.css';

/**
 * `/lapor-konflik/lanjut`: the reporter types the code; it goes in a POST body (never the address, which
 * logs and histories keep), and the page shows the public status and takes further information.
 */
export default function FollowUpPage() {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [shown, setShown] = useState<PublicCaseStatus | null>(null);
  const { busy, error, run, fieldError } = useSubmit();
  return (
    <div className="cases case-public">
      <h1>{t(rm.followUpTitle)}</h1>
      <p className="muted">{t(rm.followUpIntro)}</p>
      <form
        noValidate
        className="case-form"
        data-testid="case-follow-up-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            setShown(null);
            setShown(await api.send('POST', '/cases/follow-up', { body: { followUpCode: code } }));
          });
        }}
      >
        {error && (
          <div className="alert alert-error" role="alert">
            {error.message}
          </div>
        )}
        <InputField
          label={t(rm.code)}
          required
          name="followUpCode"
          value={code}
          onChange={setCode}
          error={fieldError('followUpCode')}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t(rm.show)}
          </button>
        </div>
      </form>
      {shown && <PublicStatus code={code} status={shown} onChange={setShown} />}
      <p>
        <Link href="/lapor-konflik">{t(rm.anotherReport)}</Link>
      </p>
    </div>
  );
}

/** The public status (type, status, dates, how many notes) and the form for more information. */
function PublicStatus({
  code,
  status,
  onChange,
}: {
  code: string;
  status: PublicCaseStatus;
  onChange(status: PublicCaseStatus): void;
}) {
  const { t, lang } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  return (
    <section className="case-receipt" data-testid="case-public-status" data-status={status.status}>
      <h2>{t(rm.status, { status: status.statusLabel[lang] })}</h2>
      <p>
        {t(interactionType(status.caseType).label)} ·{' '}
        {t(rm.reportedAt, {
          date: formatDate(lang, status.reportedAt),
          updated: formatDate(lang, status.updatedAt),
        })}
      </p>
      <p data-testid="notes-added">{t(rm.notesAdded, { n: status.notesAdded })}</p>
      <form
        noValidate
        className="case-form"
        onSubmit={(e) => {
          e.preventDefault();
          setSent(false);
          void run(async () => {
            const body = { followUpCode: code, noteText: note };
            onChange(await api.send('POST', '/cases/follow-up/notes', { body }));
            setNote('');
            setSent(true);
          });
        }}
      >
        {error && (
          <div className="alert alert-error" role="alert">
            {error.message}
          </div>
        )}
        {sent && (
          <p className="alert alert-ok" role="status">
            {t(rm.noteSent)}
          </p>
        )}
        <TextAreaField
          label={t(rm.note)}
          required
          name="noteText"
          value={note}
          onChange={setNote}
          error={fieldError('noteText')}
        />
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            {t(rm.addNote)}
          </button>
        </div>
      </form>
    </section>
  );
}
