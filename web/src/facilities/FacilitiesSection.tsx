import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { MeasureName } from '../glossary/MeasureInfo.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { FacilityForm } from './FacilityForm.tsx';
import { fm, KIND_LABELS } from './messages.ts';
import { UtilisationBar } from './UtilisationBar.tsx';

/**
 * The centre page's shared facilities: each with its 90-day utilisation bar and idle flag, linking to its
 * calendar; those who record facilities add one here (and may list the archived ones). A recorder who can
 * read a centre's facilities has it in scope (the policy reads and records by the same centre scope), so
 * the form is offered only once the list has loaded.
 */
export function FacilitiesSection({ centerId }: { centerId: string }) {
  const { t } = useI18n();
  const { may } = useSession();
  const mayRecord = may((a) => a.facilities.record);
  const [includeArchived, setIncludeArchived] = useState(false);
  const loaded = useApi(
    (signal) =>
      api.get('/centers/:id/facilities', {
        params: { id: centerId },
        query: includeArchived ? { includeArchived: 'true' } : {},
        signal,
      }),
    [centerId, includeArchived],
  );
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const items = loaded.data.items;
  return (
    <section className="center-facilities" data-testid="center-facilities">
      <h2>{t(fm.title)}</h2>
      {mayRecord && (
        <p>
          <label>
            <input
              type="checkbox"
              checked={includeArchived}
              onChange={(e) => setIncludeArchived(e.target.checked)}
            />{' '}
            {t(fm.showArchived)}
          </label>
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted">{t(fm.none)}</p>
      ) : (
        <TableWrap label={t(fm.title)}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t(fm.colName)}</th>
                <th scope="col">{t(fm.colKind)}</th>
                <th scope="col">{t(fm.colCapacity)}</th>
                <th scope="col">
                  <MeasureName term="facilityUtilisation" />
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((f) => (
                <tr key={f.id}>
                  <td>
                    <Link href={`/fasilitas/${f.id}`}>{f.name}</Link>
                    {f.status === 'archived' && (
                      <span className="badge" data-testid="facility-archived">
                        {' '}
                        {t(fm.archivedBadge)}
                      </span>
                    )}
                  </td>
                  <td>{t(KIND_LABELS[f.kind])}</td>
                  <td>{f.capacity === null ? '–' : `${f.capacity} ${f.capacityUnit ?? ''}`}</td>
                  <td>
                    <UtilisationBar utilisation={f.utilisation} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {mayRecord && <FacilityForm centerId={centerId} onDone={loaded.reload} />}
    </section>
  );
}
