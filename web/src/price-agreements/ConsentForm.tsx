import { useState } from 'react';
import type { PriceAgreement } from '../../../src/price-agreements/price-agreements.schema.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { xm } from './messages.ts';

/** Records a member's dated consent, for the firms the server offers the reader. */
export function ConsentForm({ agreement, onDone }: { agreement: PriceAgreement; onDone(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const options = agreement.members;
  const [enterpriseId, setEnterpriseId] = useState(
    options.length === 1 ? (options[0]?.enterpriseId ?? '') : '',
  );
  const [consentedOn, setConsentedOn] = useState('');
  return (
    <form
      className="pool-form"
      data-testid="consent-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await api.send('POST', '/price-agreements/:id/consents', {
            params: { id: agreement.id },
            body: { enterpriseId, consentedOn },
          });
          setConsentedOn('');
          onDone();
        });
      }}
    >
      <h2>{t(xm.consentTitle)}</h2>
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
        options={options.map((o) => ({ value: o.enterpriseId, label: o.enterpriseName }))}
      />
      <InputField
        label={t(xm.consentedOn)}
        required
        type="date"
        name="consentedOn"
        value={consentedOn}
        onChange={setConsentedOn}
        error={fieldError('consentedOn')}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t(xm.consent)}
        </button>
      </div>
    </form>
  );
}
