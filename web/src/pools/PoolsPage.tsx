import { useState } from 'react';
import { POOL_STATUS_LABELS, POOL_STATUSES, type PoolStatus } from '../../../src/pools/pools.constants.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { SelectField } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { amount } from './format.ts';
import { pm } from './messages.ts';
import { PoolCreateForm } from './PoolCreateForm.tsx';
import './pools.css';

/** `/beli-bersama`: the pools the reader may see, and for the board or officers a form to open one. */
export default function PoolsPage() {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const [status, setStatus] = useState<PoolStatus | ''>('');
  const [creating, setCreating] = useState(false);
  const pools = useApi(
    (signal) => api.get('/pools', { query: status ? { status, limit: 200 } : { limit: 200 }, signal }),
    [status],
  );
  return (
    <div className="pools" data-testid="pools-page">
      <h1>{t(pm.title)}</h1>
      <p>{t(pm.intro)}</p>
      <div className="form-actions">
        <SelectField
          label={t(pm.filterStatus)}
          placeholder={false}
          value={status}
          onChange={(v) => setStatus(v as PoolStatus | '')}
          options={[
            { value: '', label: t(pm.all) },
            ...POOL_STATUSES.map((s) => ({ value: s, label: t(POOL_STATUS_LABELS[s]) })),
          ]}
        />
        {may((a) => a.pools.manage) && !creating && (
          <button type="button" onClick={() => setCreating(true)}>
            {t(pm.newPool)}
          </button>
        )}
      </div>
      {creating && <PoolCreateForm onCancel={() => setCreating(false)} />}
      {pools.error && <ErrorView error={pools.error} onRetry={pools.reload} />}
      {!pools.data && !pools.error && <Loading />}
      {pools.data?.items.length === 0 && <p className="muted">{t(pm.none)}</p>}
      {pools.data && pools.data.items.length > 0 && (
        <TableWrap label={t(pm.title)}>
          <table data-testid="pools-table">
            <thead>
              <tr>
                <th scope="col">{t(pm.colMaterial)}</th>
                <th scope="col">{t(pm.colInstitution)}</th>
                <th scope="col">{t(pm.colCenter)}</th>
                <th scope="col">{t(pm.colStatus)}</th>
                <th scope="col">{t(pm.colPledged)}</th>
                <th scope="col">{t(pm.colPrice)}</th>
                <th scope="col">{t(pm.colClosing)}</th>
              </tr>
            </thead>
            <tbody>
              {pools.data.items.map((pool) => (
                <tr key={pool.id} data-pool={pool.id}>
                  <th scope="row">
                    <Link href={`/beli-bersama/${pool.id}`}>{pool.material}</Link>
                  </th>
                  <td>{pool.institutionName}</td>
                  <td>{pool.centerName}</td>
                  <td data-status={pool.status}>{t(POOL_STATUS_LABELS[pool.status])}</td>
                  <td>
                    {amount(pool.pledgedTotal, lang)} / {amount(pool.minimumTotal, lang)} {pool.unit}
                  </td>
                  <td>Rp {amount(pool.currentUnitPrice, lang)}</td>
                  <td>{formatDate(lang, pool.closingDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}
