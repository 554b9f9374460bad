import type { Pool } from '../../../src/pools/pools.schema.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { amount } from './format.ts';
import { pm } from './messages.ts';

/** Each member's quantity, cost at the current (or paid) price, cost alone and saving, with the totals. */
export function SharesTable({ pool }: { pool: Pool }) {
  const { t, lang } = useI18n();
  if (pool.shares.length === 0) return <p className="muted">{t(pm.noShares)}</p>;
  const rp = (n: number) => `Rp ${amount(n, lang)}`;
  return (
    <TableWrap label={t(pm.shares)}>
      <table data-testid="shares-table">
        <thead>
          <tr>
            <th scope="col">{t(pm.colMember)}</th>
            <th scope="col">{t(pm.colQuantity)}</th>
            <th scope="col">{t(pm.colCost)}</th>
            <th scope="col">{t(pm.colAlone)}</th>
            <th scope="col">{t(pm.colSavings)}</th>
          </tr>
        </thead>
        <tbody>
          {pool.shares.map((share) => (
            <tr key={share.enterpriseId} data-enterprise={share.enterpriseId}>
              <th scope="row">{share.enterpriseName}</th>
              <td>
                {amount(share.quantity, lang)} {pool.unit}
              </td>
              <td>{rp(share.cost)}</td>
              <td>{rp(share.costAlone)}</td>
              <td>{rp(share.savings)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t(pm.total)}</th>
            <td>
              {amount(pool.pledgedTotal, lang)} {pool.unit}
            </td>
            <td>{rp(pool.totals.cost)}</td>
            <td>{rp(pool.totals.costAlone)}</td>
            <td data-testid="savings-total">{rp(pool.totals.savings)}</td>
          </tr>
        </tfoot>
      </table>
    </TableWrap>
  );
}
