import type { Interaction } from '../../../src/interactions/interactions.schema.ts';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { em } from './messages.ts';

/** The firm's ties, outgoing and incoming, and the institutions it is tied to. */
export function EnterpriseTies({ enterpriseId }: { enterpriseId: string }) {
  const { t, lang } = useI18n();
  const loaded = useApi(
    async (signal) => {
      try {
        const [page, catalogue] = await Promise.all([
          api.get('/interactions', { query: { enterprise: enterpriseId, limit: 500 }, signal }),
          api.get('/interaction-types', { signal }),
        ]);
        return { ties: page.items, catalogue };
      } catch (error) {
        if (error instanceof ApiError && error.status === 403) return null;
        throw error;
      }
    },
    [enterpriseId],
  );
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data === undefined) return <Loading />;
  if (loaded.data === null)
    return (
      <>
        <h2>{t(em.ties)}</h2>
        <p className="alert">{t(em.tiesNotAllowed)}</p>
      </>
    );
  const { ties, catalogue } = loaded.data;
  const typeLabel = new Map(catalogue.types.map((ty) => [ty.code as string, ty.label[lang]]));
  const outgoing = ties.filter((x) => x.fromEnterpriseId === enterpriseId);
  const incoming = ties.filter((x) => x.fromEnterpriseId !== enterpriseId);
  const institutions = new Map<string, string>();
  for (const x of ties)
    if (x.toInstitutionId) institutions.set(x.toInstitutionId, x.toInstitutionName ?? '–');

  const table = (
    rows: Interaction[],
    testId: string,
    other: (x: Interaction) => { id: string | null; name: string; firm: boolean },
  ) =>
    rows.length === 0 ? (
      <p className="muted">{t(em.noTies)}</p>
    ) : (
      <TableWrap label={testId === 'ties-out' ? t(em.tiesOut) : t(em.tiesIn)}>
        <table data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">{t(em.colPartner)}</th>
              <th scope="col">{t(em.colType)}</th>
              <th scope="col">{t(em.colValence)}</th>
              <th scope="col">{t(em.colPeriod)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((x) => {
              const o = other(x);
              return (
                <tr key={x.id} data-valence={x.valence}>
                  <th scope="row">{o.firm && o.id ? <Link href={`/ikm/${o.id}`}>{o.name}</Link> : o.name}</th>
                  <td>
                    {typeLabel.get(x.type) ?? x.type}
                    {x.confidential && <span className="muted small"> ({t(em.confidential)})</span>}
                  </td>
                  <td>
                    <span
                      className={`badge ${x.valence === 'collaboration' ? 'collab' : x.valence === 'conflict' ? 'conflict' : ''}`}
                    >
                      {t(em[x.valence])}
                    </span>
                  </td>
                  <td>
                    {formatDate(lang, x.startDate)} –{' '}
                    {x.endDate ? formatDate(lang, x.endDate) : t(em.ongoing)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
    );
  return (
    <section aria-labelledby="ties-title">
      <h2 id="ties-title">{t(em.ties)}</h2>
      <h3>{t(em.tiesOut)}</h3>
      {table(outgoing, 'ties-out', (x) =>
        x.toEnterpriseId
          ? { id: x.toEnterpriseId, name: x.toEnterpriseName ?? '–', firm: true }
          : { id: x.toInstitutionId, name: x.toInstitutionName ?? '–', firm: false },
      )}
      <h3>{t(em.tiesIn)}</h3>
      {table(incoming, 'ties-in', (x) => ({
        id: x.fromEnterpriseId,
        name: x.fromEnterpriseName,
        firm: true,
      }))}
      <h3>{t(em.institutions)}</h3>
      {institutions.size === 0 ? (
        <p className="muted">{t(em.noInstitutions)}</p>
      ) : (
        <ul data-testid="tied-institutions">
          {[...institutions].map(([id, name]) => (
            <li key={id}>{name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
