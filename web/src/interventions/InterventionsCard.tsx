import { useState } from 'react';
import {
  FUNDER_KIND_LABELS,
  INTERVENTION_TYPE_LABELS,
} from '../../../src/interventions/interventions.constants.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { formatDate, formatRupiah } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { InterventionForm } from './InterventionForm.tsx';
import { vm } from './messages.ts';

/** The centre's "Intervensi / Interventions" section: the list, and the record form for those who may. */
export function InterventionsCard({ centerId }: { centerId: string }) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const allowed = may((a) => a.interventions.read);
  const [adding, setAdding] = useState(false);
  const loaded = useApi(
    (signal) =>
      allowed
        ? api.get('/centers/:id/interventions', { params: { id: centerId }, signal })
        : Promise.resolve(null),
    [centerId, allowed],
  );
  if (!allowed) return null;
  const items = loaded.data?.items ?? [];
  return (
    <section data-testid="interventions">
      <h2>{t(vm.title)}</h2>
      <p className="muted">{t(vm.intro)}</p>
      {may((a) => a.interventions.record) &&
        (adding ? (
          <InterventionForm centerId={centerId} onCancel={() => setAdding(false)} />
        ) : (
          <button type="button" onClick={() => setAdding(true)}>
            {t(vm.record)}
          </button>
        ))}
      {loaded.error ? (
        <ErrorView error={loaded.error} onRetry={loaded.reload} />
      ) : !loaded.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="muted">{t(vm.none)}</p>
      ) : (
        <TableWrap label={t(vm.title)}>
          <table data-testid="interventions-table">
            <thead>
              <tr>
                <th>{t(vm.colTitle)}</th>
                <th>{t(vm.colType)}</th>
                <th>{t(vm.colDates)}</th>
                <th>{t(vm.colCost)}</th>
                <th>{t(vm.colFunder)}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <td>
                    <Link href={`/intervensi/${i.id}`}>{i.title}</Link>
                  </td>
                  <td>{t(INTERVENTION_TYPE_LABELS[i.interventionType])}</td>
                  <td>
                    {formatDate(lang, i.startDate)}
                    {i.endDate && ` – ${formatDate(lang, i.endDate)}`}
                  </td>
                  <td>{formatRupiah(lang, i.costIdr)}</td>
                  <td>{[t(FUNDER_KIND_LABELS[i.funderKind]), i.funderName].filter(Boolean).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
