import { POOL_STATUS_LABELS } from '../../../src/pools/pools.constants.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { BoardActions } from './BoardActions.tsx';
import { amount } from './format.ts';
import { pm } from './messages.ts';
import { PledgeForm } from './PledgeForm.tsx';
import { SharesTable } from './SharesTable.tsx';
import { TierBar } from './TierBar.tsx';
import './pools.css';

/** `/beli-bersama/:id`: one pool — tier bar, members' shares and savings, the pledge form, the board's actions. */
export default function PoolPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const id = params.id ?? '';
  const pool = useApi((signal) => api.get('/pools/:id', { params: { id }, signal }), [id]);
  if (pool.error) return <ErrorView error={pool.error} onRetry={pool.reload} />;
  if (!pool.data) return <Loading />;
  const p = pool.data;
  const rp = (n: number) => amount(n, lang);
  return (
    <div className="pools" data-testid="pool-page" data-status={p.status}>
      <p>
        <Link href="/beli-bersama">{t(pm.back)}</Link>
      </p>
      <h1>
        {p.material} <span className="pool-status">{t(POOL_STATUS_LABELS[p.status])}</span>
      </h1>
      <p>
        {p.institutionName} · <Link href={`/sentra/${p.centerId}`}>{p.centerName}</Link>
      </p>
      <p className="muted">
        {t(pm.supplierLine, { supplier: p.supplierName, date: formatDate(lang, p.closingDate) })}
      </p>
      {p.notes && <p>{p.notes}</p>}
      <TierBar pool={p} />
      <h2>{t(pm.shares)}</h2>
      <SharesTable pool={p} />
      <p data-testid="savings-line">{t(pm.savingsLine, { savings: rp(p.totals.savings) })}</p>
      {p.purchase && (
        <p data-testid="purchase-line">
          {t(pm.purchaseLine, {
            date: formatDate(lang, p.purchase.purchasedOn),
            quantity: rp(p.purchase.totalQuantity),
            unit: p.unit,
            price: rp(p.purchase.unitPrice),
            cost: rp(p.purchase.totalCost),
          })}
        </p>
      )}
      {p.deliveries.length > 0 && (
        <section data-testid="deliveries">
          <h2>{t(pm.deliveries)}</h2>
          <ul>
            {p.deliveries.map((d) => (
              <li key={d.enterpriseId}>
                {d.enterpriseName}: {rp(d.quantity)} {p.unit}, Rp {rp(d.cost)}
              </li>
            ))}
          </ul>
          <p data-testid="pool-ties">{t(pm.ties, { n: p.tieIds.length })}</p>
        </section>
      )}
      {p.status === 'open' && p.pledgeOptions.length > 0 && may((a) => a.pools.pledge) && (
        <PledgeForm pool={p} onDone={pool.reload} />
      )}
      {p.mayManage && <BoardActions key={`${p.status}-${p.version}`} pool={p} onDone={pool.reload} />}
    </div>
  );
}
