import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { ProjectCreateForm } from './ProjectCreateForm.tsx';
import { pm } from './project-messages.ts';
import './project.css';

/** `/penelitian`: the research projects I belong to, my role in each, and a form to start one. */
export default function ProjectsPage() {
  const { t } = useI18n();
  const { may } = useSession();
  const [archived, setArchived] = useState(false);
  const projects = useApi(
    (signal) => api.get('/research/projects', { query: { archived: archived ? 'true' : 'false' }, signal }),
    [archived],
  );
  return (
    <div className="page" data-testid="research-projects">
      <h1>{t(pm.listTitle)}</h1>
      <p className="muted">{t(pm.listIntro)}</p>
      <p>
        <Link href="/penelitian/kesepakatan">{t(pm.agreementLink)}</Link>
      </p>
      <label className="inline">
        <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />
        {t(pm.showArchived)}
      </label>
      {projects.error && <ErrorView error={projects.error} onRetry={projects.reload} />}
      {!projects.data && !projects.error && <Loading />}
      {projects.data && projects.data.items.length === 0 && <p>{t(pm.noProjects)}</p>}
      {projects.data && projects.data.items.length > 0 && (
        <table data-testid="project-list">
          <thead>
            <tr>
              <th scope="col">{t(pm.name)}</th>
              <th scope="col">{t(pm.myRole)}</th>
              <th scope="col">{t(pm.centers)}</th>
              <th scope="col">{t(pm.memberCount)}</th>
            </tr>
          </thead>
          <tbody>
            {projects.data.items.map((p) => (
              <tr key={p.id} data-project={p.id}>
                <th scope="row">
                  <Link href={`/penelitian/proyek/${p.id}`}>{p.name}</Link>
                  {p.archived && <span className="badge"> {t(pm.archived)}</span>}
                </th>
                <td>{p.myRole ? t(pm[p.myRole]) : t(pm.notMember)}</td>
                <td>{p.centers.map((c) => c.name).join(', ') || t(pm.none)}</td>
                <td>{p.memberCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {may((a) => a.research.createProject) && <ProjectCreateForm />}
    </div>
  );
}
