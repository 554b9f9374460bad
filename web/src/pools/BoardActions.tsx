import { useState } from 'react';
import type { Pool } from '../../../src/pools/pools.schema.ts';
import { api } from '../api/client.ts';
import { num, text, useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { todayWib } from '../i18n/today.ts';
import { InputField } from '../ui/Field.tsx';
import { pm } from './messages.ts';

/** What the board does next, by the pool's status: close or cancel, record the purchase, split it. */
export function BoardActions({ pool, onDone }: { pool: Pool; onDone(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [purchase, setPurchase] = useState({
    purchasedOn: todayWib(),
    totalQuantity: String(pool.pledgedTotal),
    unitPrice: String(pool.currentUnitPrice),
    totalCost: '',
  });
  const set = (key: keyof typeof purchase) => (value: string) => setPurchase((p) => ({ ...p, [key]: value }));
  const move = (path: '/pools/:id/close' | '/pools/:id/cancel' | '/pools/:id/split') =>
    void run(async () => {
      await api.send('POST', path, { params: { id: pool.id }, body: { version: pool.version } });
      onDone();
    });
  const record = () =>
    void run(async () => {
      const body = {
        version: pool.version,
        purchasedOn: text(purchase.purchasedOn),
        totalQuantity: num(purchase.totalQuantity),
        unitPrice: num(purchase.unitPrice),
        totalCost: num(purchase.totalCost),
      };
      await api.send('POST', '/pools/:id/purchase', { params: { id: pool.id }, body: body as never });
      onDone();
    });
  if (pool.status === 'split' || pool.status === 'cancelled') return null;
  return (
    <section className="board-actions" data-testid="board-actions">
      <h2>{t(pm.board)}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {pool.status === 'closed' && (
        <form
          className="pool-form"
          data-testid="purchase-form"
          onSubmit={(e) => {
            e.preventDefault();
            record();
          }}
        >
          <h3>{t(pm.purchaseTitle)}</h3>
          <InputField
            label={t(pm.purchasedOn)}
            required
            type="date"
            value={purchase.purchasedOn}
            onChange={set('purchasedOn')}
            error={fieldError('purchasedOn')}
          />
          <InputField
            label={t(pm.totalQuantity, { unit: pool.unit })}
            required
            type="number"
            value={purchase.totalQuantity}
            onChange={set('totalQuantity')}
            error={fieldError('totalQuantity')}
          />
          <InputField
            label={t(pm.unitPrice)}
            required
            type="number"
            value={purchase.unitPrice}
            onChange={set('unitPrice')}
            error={fieldError('unitPrice')}
          />
          <InputField
            label={t(pm.totalCost)}
            hint={t(pm.totalCostHint)}
            type="number"
            value={purchase.totalCost}
            onChange={set('totalCost')}
            error={fieldError('totalCost')}
          />
          <button type="submit" disabled={busy}>
            {t(pm.recordPurchase)}
          </button>
        </form>
      )}
      <div className="form-actions">
        {pool.status === 'open' && (
          <button type="button" disabled={busy} onClick={() => move('/pools/:id/close')}>
            {t(pm.close)}
          </button>
        )}
        {pool.status === 'purchased' && (
          <button type="button" disabled={busy} onClick={() => move('/pools/:id/split')}>
            {t(pm.split)}
          </button>
        )}
        {(pool.status === 'open' || pool.status === 'closed') && (
          <button type="button" className="danger" disabled={busy} onClick={() => move('/pools/:id/cancel')}>
            {t(pm.cancel)}
          </button>
        )}
      </div>
    </section>
  );
}
