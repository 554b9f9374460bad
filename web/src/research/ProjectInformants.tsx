import type { ProjectDetail } from '../../../src/research/projects.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { InformantActions } from './InformantActions.tsx';
import { InformantForm } from './InformantForm.tsx';
import { pm } from './project-messages.ts';

/** The project's informants by pseudonym with their consent scopes; the lead records, grants, withdraws. */
export function ProjectInformants({ project, isLead }: { project: ProjectDetail; isLead: boolean }) {
  const { t, lang } = useI18n();
  const informants = useApi(
    (signal) => api.get('/research/projects/:id/informants', { params: { id: project.id }, signal }),
    [project.id],
  );
  const centerName = (id: string | null) => project.centers.find((c) => c.id === id)?.name ?? t(pm.none);
  if (informants.error) return <ErrorView error={informants.error} onRetry={informants.reload} />;
  if (!informants.data) return <Loading />;
  const items = informants.data.items;
  return (
    <>
      <h2>{t(pm.tabInformants)}</h2>
      {items.length === 0 ? (
        <p className="muted">{t(pm.noInformants)}</p>
      ) : (
        <table data-testid="informant-list">
          <thead>
            <tr>
              <th scope="col">{t(pm.pseudonym)}</th>
              <th scope="col">{t(pm.informantRole)}</th>
              <th scope="col">{t(pm.center)}</th>
              <th scope="col">{t(pm.consents)}</th>
              {isLead && <th scope="col">{t(pm.actions)}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id} data-informant={i.pseudonym}>
                <th scope="row">{i.pseudonym}</th>
                <td>{i.role}</td>
                <td>{centerName(i.centerId)}</td>
                <td>
                  {i.withdrawnOn && (
                    <p className="badge conflict">
                      {t(pm.withdrawnFromStudy, { date: formatDate(lang, i.withdrawnOn) })}
                    </p>
                  )}
                  <ul className="small">
                    {i.consents.map((c) => (
                      <li key={c.scope}>
                        {c.withdrawnOn
                          ? t(pm.consentWithdrawn, {
                              scope: t(pm[`scope_${c.scope}`]),
                              date: formatDate(lang, c.withdrawnOn),
                            })
                          : t(pm.consentSince, {
                              scope: t(pm[`scope_${c.scope}`]),
                              date: formatDate(lang, c.grantedOn),
                            })}
                      </li>
                    ))}
                  </ul>
                </td>
                {isLead && (
                  <td>
                    <InformantActions informant={i} onChanged={informants.reload} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isLead && <InformantForm project={project} onAdded={informants.reload} />}
    </>
  );
}
