import type { KeyboardEvent } from 'react';
import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link, useRouter } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { type Message, useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading, NotFound } from '../ui/status.tsx';
import { ProjectCodebook } from './ProjectCodebook.tsx';
import { ProjectDocuments } from './ProjectDocuments.tsx';
import { ProjectInformants } from './ProjectInformants.tsx';
import { ProjectMembers } from './ProjectMembers.tsx';
import { ProjectMemos } from './ProjectMemos.tsx';
import { ProjectRounds } from './ProjectRounds.tsx';
import { pm } from './project-messages.ts';
import './project.css';

const TABS = ['anggota', 'informan', 'dokumen', 'kode', 'putaran', 'memo'] as const;
type Tab = (typeof TABS)[number];
const LABELS: Record<Tab, Message> = {
  anggota: pm.tabMembers,
  informan: pm.tabInformants,
  dokumen: pm.tabDocuments,
  kode: pm.tabCodebook,
  putaran: pm.tabRounds,
  memo: pm.tabMemos,
};
/** The project's other screens (some built by other lanes), each at `/penelitian/proyek/:id/<path>`. */
const VIEWS: [string, Message][] = [
  ['bukti', pm.linkEvidence],
  ['skala', pm.linkScales],
  ['matriks', pm.linkMatrix],
  ['privasi', pm.linkPrivacy],
  ['pertukaran', pm.linkExchange],
];

/**
 * `/penelitian/proyek/:id`: a research project, one tab per part (members, informants, documents,
 * codebook, rounds, memos). What a member may change follows their role in the project; the admin who is
 * no member sees the members only (the API keeps the content for members).
 */
export default function ProjectPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { user } = useSession();
  const { path, query, navigate } = useRouter();
  const id = params.id!;
  const project = useApi((signal) => api.get('/research/projects/:id', { params: { id }, signal }), [id]);
  if (project.error instanceof ApiError && project.error.status === 404) return <NotFound />;
  if (project.error) return <ErrorView error={project.error} onRetry={project.reload} />;
  if (!project.data) return <Loading />;
  const p = project.data;
  const member = p.myRole !== null;
  const isLead = p.myRole === 'lead';
  const mayCode = p.myRole === 'lead' || p.myRole === 'coder';
  const tabs = member ? TABS : (['anggota'] as const);
  const requested = query.get('tab') as Tab | null;
  const tab: Tab = requested && (tabs as readonly Tab[]).includes(requested) ? requested : tabs[0]!;
  const select = (next: Tab) => navigate(`${path}?tab=${next}`, { replace: true });
  const onKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    select(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <article className="page" data-testid="research-project">
      <nav aria-label={t(pm.breadcrumbs)}>
        <ol className="breadcrumbs">
          <li>
            <Link href="/penelitian">{t(pm.listTitle)}</Link>
          </li>
          <li aria-current="page">{p.name}</li>
        </ol>
      </nav>
      <h1>
        {p.name} {p.archived && <span className="badge">{t(pm.archived)}</span>}
      </h1>
      {p.description && <p>{p.description}</p>}
      <p className="muted">
        {t(pm.centers)}: {p.centers.map((c) => c.name).join(', ') || t(pm.none)} · {t(pm.myRole)}:{' '}
        {p.myRole ? t(pm[p.myRole]) : t(pm.notMember)}
      </p>
      {member ? (
        <nav aria-label={t(pm.moreViews)}>
          <ul className="project-links">
            {VIEWS.map(([view, label]) => (
              <li key={view}>
                <Link href={`/penelitian/proyek/${id}/${view}`}>{t(label)}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <p className="alert">{t(pm.adminOnlyMembers)}</p>
      )}
      <div className="tabs" role="tablist" aria-label={t(pm.projectTabs)}>
        {tabs.map((key, index) => (
          <button
            key={key}
            id={`tab-${key}`}
            type="button"
            role="tab"
            aria-selected={tab === key}
            aria-controls={`panel-${key}`}
            tabIndex={tab === key ? 0 : -1}
            onClick={() => select(key)}
            onKeyDown={(e) => onKey(e, index)}
          >
            {t(LABELS[key])}
          </button>
        ))}
      </div>
      <section
        id={`panel-${tab}`}
        role="tabpanel"
        aria-labelledby={`tab-${tab}`}
        data-testid={`panel-${tab}`}
      >
        {tab === 'anggota' && (
          <ProjectMembers
            project={p}
            mayManage={isLead || (!member && user?.role === 'admin')}
            onChanged={project.reload}
          />
        )}
        {tab === 'informan' && <ProjectInformants project={p} isLead={isLead} />}
        {tab === 'dokumen' && <ProjectDocuments project={p} isLead={isLead} />}
        {tab === 'kode' && <ProjectCodebook projectId={id} isLead={isLead} mayMemo={mayCode} />}
        {tab === 'putaran' && <ProjectRounds project={p} isLead={isLead} />}
        {tab === 'memo' && <ProjectMemos projectId={id} mayWrite={mayCode} />}
      </section>
    </article>
  );
}
