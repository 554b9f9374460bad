import { useState } from 'react';
import type { PriceAgreement } from '../../../src/price-agreements/price-agreements.schema.ts';
import { FIELD_LABELS } from '../../../src/shared/field-labels.ts';
import { api } from '../api/client.ts';
import { FirmDatesFields } from '../entry/FirmDatesFields.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { xm } from './messages.ts';

/**
 * The institution's board withdrawing another member's standing consent: the firm, the day and the reason
 * (kept with the consent; the member is told). Shown only when the server says the reader may
 * (`withdrawOthers`) and some standing consent is of a firm the reader does not act for already.
 */
export function BoardWithdrawForm({ agreement, onDone }: { agreement: PriceAgreement; onDone(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [enterpriseId, setEnterpriseId] = useState('');
  const [day, setDay] = useState('');
  const [reason, setReason] = useState('');
  const own = new Set(agreement.members.map((m) => m.enterpriseId));
  const others = agreement.consentList.filter((c) => c.withdrawnOn === null && !own.has(c.enterpriseId));
  if (!agreement.withdrawOthers || others.length === 0) return null;
  return (
    <form
      noValidate
      className="pool-form"
      data-testid="board-withdraw-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await api.send('POST', '/price-agreements/:id/withdraw', {
            params: { id: agreement.id },
            body: { enterpriseId, withdrawnOn: day, withdrawReason: reason },
          });
          setEnterpriseId('');
          setDay('');
          setReason('');
          onDone();
        });
      }}
    >
      <h2>{t(xm.boardWithdrawTitle)}</h2>
      <p className="muted small">{t(xm.boardWithdrawHint)}</p>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <FirmDatesFields
        firms={[
          {
            label: t(xm.enterprise),
            name: 'enterpriseId',
            value: enterpriseId,
            onChange: setEnterpriseId,
            options: others.map((f) => ({ value: f.enterpriseId, label: f.enterpriseName })),
          },
        ]}
        from={{
          label: t(xm.withdrawnOnLabel),
          name: 'withdrawnOn',
          value: day,
          onChange: setDay,
          required: true,
        }}
        note={{
          label: t(FIELD_LABELS.withdrawReason!),
          name: 'withdrawReason',
          value: reason,
          onChange: setReason,
          required: true,
        }}
        multilineNote
        fieldError={fieldError}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy} className="secondary">
          {t(xm.withdraw)}
        </button>
      </div>
    </form>
  );
}
