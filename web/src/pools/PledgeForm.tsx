import { useState } from 'react';
import type { Pool } from '../../../src/pools/pools.schema.ts';
import { api } from '../api/client.ts';
import { num, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { pm } from './messages.ts';

/** A member's pledge (or a new quantity for it), or its withdrawal, for the firms the server offers. */
export function PledgeForm({ pool, onDone }: { pool: Pool; onDone(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const options = pool.pledgeOptions;
  const [enterpriseId, setEnterpriseId] = useState(
    options.length === 1 ? (options[0]?.enterpriseId ?? '') : '',
  );
  const [quantity, setQuantity] = useState('');
  const pledged = pool.shares.some((s) => s.enterpriseId === enterpriseId);
  const send = (what: 'pledge' | 'withdraw') =>
    void run(async () => {
      if (what === 'pledge') {
        const body = { enterpriseId, quantity: num(quantity) };
        await api.send('POST', '/pools/:id/pledges', { params: { id: pool.id }, body: body as never });
      } else {
        await api.send('POST', '/pools/:id/withdraw', { params: { id: pool.id }, body: { enterpriseId } });
      }
      setQuantity('');
      onDone();
    });
  return (
    <form
      className="pool-form"
      data-testid="pledge-form"
      onSubmit={(e) => {
        e.preventDefault();
        send('pledge');
      }}
    >
      <h2>{t(pm.pledgeTitle)}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <SelectField
        label={t(pm.enterprise)}
        required
        name="enterpriseId"
        value={enterpriseId}
        onChange={setEnterpriseId}
        error={fieldError('enterpriseId')}
        options={options.map((o) => ({ value: o.enterpriseId, label: o.enterpriseName }))}
      />
      <InputField
        label={t(pm.quantity, { unit: pool.unit })}
        required
        type="number"
        name="quantity"
        value={quantity}
        onChange={setQuantity}
        error={fieldError('quantity')}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t(pm.pledge)}
        </button>
        {pledged && (
          <button type="button" className="secondary" disabled={busy} onClick={() => send('withdraw')}>
            {t(pm.withdraw)}
          </button>
        )}
      </div>
    </form>
  );
}
