import { useState } from 'react';
import type { PriceAgreement } from '../../../src/price-agreements/price-agreements.schema.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { xm } from './messages.ts';

/**
 * Withdraws a standing consent on a day, for the firms the server lets the reader act for (a member its
 * own firm; officers any). Nothing shows when none of those firms has a standing consent.
 */
export function WithdrawForm({ agreement, onDone }: { agreement: PriceAgreement; onDone(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const actable = new Set(agreement.members.map((m) => m.enterpriseId));
  const standing = agreement.consentList.filter((c) => c.withdrawnOn === null && actable.has(c.enterpriseId));
  const [enterpriseId, setEnterpriseId] = useState(
    standing.length === 1 ? (standing[0]?.enterpriseId ?? '') : '',
  );
  const [withdrawnOn, setWithdrawnOn] = useState('');
  if (standing.length === 0) return null;
  return (
    <form
      className="pool-form"
      data-testid="withdraw-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await api.send('POST', '/price-agreements/:id/withdraw', {
            params: { id: agreement.id },
            body: { enterpriseId, withdrawnOn },
          });
          setWithdrawnOn('');
          setEnterpriseId('');
          onDone();
        });
      }}
    >
      <h2>{t(xm.withdrawTitle)}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <SelectField
        label={t(xm.enterprise)}
        required
        name="enterpriseId"
        value={enterpriseId}
        onChange={setEnterpriseId}
        error={fieldError('enterpriseId')}
        options={standing.map((c) => ({ value: c.enterpriseId, label: c.enterpriseName }))}
      />
      <InputField
        label={t(xm.withdrawnOnLabel)}
        required
        type="date"
        name="withdrawnOn"
        value={withdrawnOn}
        onChange={setWithdrawnOn}
        error={fieldError('withdrawnOn')}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy} className="secondary">
          {t(xm.withdraw)}
        </button>
      </div>
    </form>
  );
}
