import { ApiError, api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading, NotFound } from '../ui/status.tsx';
import { ProjectMemos } from './ProjectMemos.tsx';
import { pm } from './project-messages.ts';
import './project.css';

/** How much of the transcript the page shows; the coding page holds the whole of it. */
const PREVIEW_CODE_POINTS = 3000;

/**
 * `/penelitian/dokumen/:id`: a document of a research project — its day, place, informants and
 * interviewers, the start of its transcript, and the way on to coding it and to its attachments.
 */
export default function DocumentPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const id = params.id!;
  const loaded = useApi(
    async (signal) => {
      const document = await api.get('/research/documents/:id', { params: { id }, signal });
      const [project, informants] = await Promise.all([
        api.get('/research/projects/:id', { params: { id: document.projectId }, signal }),
        api.get('/research/projects/:id/informants', { params: { id: document.projectId }, signal }),
      ]);
      return { document, project, informants: informants.items };
    },
    [id],
  );
  if (loaded.error instanceof ApiError && loaded.error.status === 404) return <NotFound />;
  if (loaded.error) return <ErrorView error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { document: d, project, informants } = loaded.data;
  const pseudonyms = informants.filter((i) => d.informantIds.includes(i.id)).map((i) => i.pseudonym);
  const interviewers = project.members
    .filter((m) => d.interviewerIds.includes(m.userId))
    .map((m) => m.displayName);
  const chars = [...(d.text ?? '')];
  const preview = chars.slice(0, PREVIEW_CODE_POINTS).join('');
  return (
    <article className="page" data-testid="research-document">
      <nav aria-label={t(pm.breadcrumbs)}>
        <ol className="breadcrumbs">
          <li>
            <Link href="/penelitian">{t(pm.listTitle)}</Link>
          </li>
          <li>
            <Link href={`/penelitian/proyek/${project.id}?tab=dokumen`}>{project.name}</Link>
          </li>
          <li aria-current="page">{d.title}</li>
        </ol>
      </nav>
      <h1>{d.title}</h1>
      <p className="project-links">
        <Link href={`/penelitian/dokumen/${d.id}/koding`} className="button primary">
          {t(pm.codeThis)}
        </Link>
        <Link href={`/penelitian/dokumen/${d.id}/lampiran`}>{t(pm.attachments)}</Link>
      </p>
      <dl className="facts" data-testid="document-facts">
        <dt>{t(pm.kind)}</dt>
        <dd>{t(pm[`kind_${d.kind}`])}</dd>
        <dt>{t(pm.heldOn)}</dt>
        <dd>{d.heldOn ? formatDate(lang, d.heldOn) : t(pm.none)}</dd>
        <dt>{t(pm.place)}</dt>
        <dd>{d.place ?? t(pm.none)}</dd>
        <dt>{t(pm.informants)}</dt>
        <dd>{pseudonyms.join(', ') || t(pm.none)}</dd>
        <dt>{t(pm.interviewers)}</dt>
        <dd>{interviewers.join(', ') || t(pm.none)}</dd>
        <dt>{t(pm.source)}</dt>
        <dd>
          {t(pm[`source_${d.sourceFormat}`])}
          {d.originalFilename && ` · ${d.originalFilename}`}
        </dd>
        <dt>{t(pm.codePoints)}</dt>
        <dd>{t(pm.characters, { n: formatNumber(lang, d.codePoints) })}</dd>
        <dt>{t(pm.segments)}</dt>
        <dd>{formatNumber(lang, d.segmentCount)}</dd>
      </dl>
      <h2>{t(pm.transcript)}</h2>
      {d.textErased || d.text === null ? (
        <p className="alert">{t(pm.erased)}</p>
      ) : (
        <>
          {chars.length > PREVIEW_CODE_POINTS && (
            <p className="muted small">
              {t(pm.preview, {
                shown: formatNumber(lang, PREVIEW_CODE_POINTS),
                total: formatNumber(lang, chars.length),
              })}
            </p>
          )}
          {/* Focusable, so a keyboard user can scroll the preview (axe: scrollable-region-focusable). */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus. */}
          <div className="transcript-preview" data-testid="transcript-preview" tabIndex={0}>
            {preview}
          </div>
        </>
      )}
      <section data-testid="document-memos">
        <ProjectMemos
          projectId={project.id}
          mayWrite={project.myRole === 'lead' || project.myRole === 'coder'}
          target={{ kind: 'document', id: d.id }}
        />
      </section>
    </article>
  );
}
