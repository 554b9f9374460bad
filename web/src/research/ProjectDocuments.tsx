import type { ProjectDetail } from '../../../src/research/projects.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { DocumentForm } from './DocumentForm.tsx';
import { pm } from './project-messages.ts';

/** The project's documents (interviews, field notes) with their informants; the lead adds one by upload or paste. */
export function ProjectDocuments({ project, isLead }: { project: ProjectDetail; isLead: boolean }) {
  const { t, lang } = useI18n();
  const documents = useApi(
    (signal) => api.get('/research/projects/:id/documents', { params: { id: project.id }, signal }),
    [project.id],
  );
  const informants = useApi(
    (signal) => api.get('/research/projects/:id/informants', { params: { id: project.id }, signal }),
    [project.id],
  );
  const pseudonyms = new Map((informants.data?.items ?? []).map((i) => [i.id, i.pseudonym]));
  if (documents.error) return <ErrorView error={documents.error} onRetry={documents.reload} />;
  if (!documents.data) return <Loading />;
  const items = documents.data.items;
  return (
    <>
      <h2>{t(pm.tabDocuments)}</h2>
      {items.length === 0 ? (
        <p className="muted">{t(pm.noDocuments)}</p>
      ) : (
        <table data-testid="document-list">
          <thead>
            <tr>
              <th scope="col">{t(pm.title)}</th>
              <th scope="col">{t(pm.kind)}</th>
              <th scope="col">{t(pm.heldOn)}</th>
              <th scope="col">{t(pm.place)}</th>
              <th scope="col">{t(pm.informants)}</th>
              <th scope="col">{t(pm.segments)}</th>
              <th scope="col">{t(pm.source)}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Link href={`/penelitian/dokumen/${d.id}`}>{d.title}</Link>
                </th>
                <td>{t(pm[`kind_${d.kind}`])}</td>
                <td>{d.heldOn ? formatDate(lang, d.heldOn) : t(pm.none)}</td>
                <td>{d.place ?? t(pm.none)}</td>
                <td>{d.informantIds.map((id) => pseudonyms.get(id) ?? '…').join(', ') || t(pm.none)}</td>
                <td>{d.segmentCount}</td>
                <td>{t(pm[`source_${d.sourceFormat}`])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isLead && (
        <DocumentForm
          project={project}
          informants={(informants.data?.items ?? [])
            .filter((i) => !i.withdrawnOn)
            .map((i) => ({ id: i.id, label: i.pseudonym }))}
          onAdded={documents.reload}
        />
      )}
    </>
  );
}
