import { useState } from 'react';
import { api, apiUrl } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { RefusalView } from './ExchangePage.tsx';
import { xm } from './exchange-messages.ts';

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
/** A size in KB below a megabyte, else in MB. */
const sizeText = (lang: 'id' | 'en', bytes: number) =>
  bytes < 1024 * 1024
    ? `${formatNumber(lang, Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${formatNumber(lang, mb(bytes), 1)} MB`;

/**
 * `/penelitian/dokumen/:id/lampiran`: a document's audio recordings — listed, played with `<audio controls>`
 * (the server answers byte ranges, so the player seeks), uploaded and deleted by the project's lead.
 */
export default function AttachmentsPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const documentId = params.id ?? '';
  const doc = useApi(
    (signal) => api.get('/research/documents/:id', { params: { id: documentId }, signal }),
    [documentId],
  );
  const projectId = doc.data?.projectId;
  const project = useApi(
    (signal) =>
      projectId
        ? api.get('/research/projects/:id', { params: { id: projectId }, signal })
        : Promise.resolve(null),
    [projectId],
  );
  const list = useApi(
    (signal) => api.get('/research/documents/:id/attachments', { params: { id: documentId }, signal }),
    [documentId],
  );
  const { busy, error, run } = useSubmit();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const failed = doc.error ?? list.error;
  if (failed)
    return (
      <ErrorView
        error={failed}
        onRetry={() => {
          doc.reload();
          list.reload();
        }}
      />
    );
  if (!doc.data || !list.data) return <Loading />;
  const lead = project.data?.myRole === 'lead';
  const maxBytes = list.data.maxBytes;
  const attach = () =>
    run(async () => {
      if (!file) return;
      // Sent as bytes: the server decides the type from the file's first bytes.
      const body = new Blob([file], { type: 'application/octet-stream' });
      await api.send('POST', '/research/documents/:id/attachments', {
        params: { id: documentId },
        query: { filename: file.name },
        body: body as never,
      });
      setFile(null);
      list.reload();
    });
  const remove = (id: string, name: string) =>
    run(async () => {
      if (!window.confirm(t(xm.confirmRemove, { name }))) return;
      await api.send('DELETE', '/research/attachments/:id', { params: { id } });
      list.reload();
    });

  return (
    <div className="page research" data-testid="attachments-page">
      <p className="small">
        <Link href={`/penelitian/dokumen/${documentId}`}>← {t(xm.backToDocument)}</Link> ·{' '}
        <Link href={`/penelitian/dokumen/${documentId}/koding`}>{t(xm.coding)}</Link>
      </p>
      <h1>
        {t(xm.attachmentsTitle)}: {doc.data.title}
      </h1>
      <p>{t(xm.attachmentsIntro)}</p>
      {error && <RefusalView error={error} title={t(xm.refused)} />}
      {list.data.items.length === 0 ? (
        <p className="muted">{t(xm.none)}</p>
      ) : (
        <table data-testid="attachments">
          <thead>
            <tr>
              <th scope="col">{t(xm.name)}</th>
              <th scope="col">{t(xm.type)}</th>
              <th scope="col">{t(xm.size)}</th>
              <th scope="col">{t(xm.play)}</th>
              {lead && <th scope="col">{t(xm.remove)}</th>}
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((a) => (
              <tr key={a.id}>
                <td>
                  {a.filename}
                  <div className="muted small">{formatDate(lang, a.createdAt)}</div>
                </td>
                <td>{a.mediaType}</td>
                <td>{sizeText(lang, a.sizeBytes)}</td>
                <td>
                  {a.available ? (
                    // biome-ignore lint/a11y/useMediaCaption: an interview recording has no caption track; its transcript is the document.
                    <audio
                      controls
                      preload="metadata"
                      src={apiUrl(`/research/attachments/${a.id}`)}
                      aria-label={a.filename}
                    />
                  ) : (
                    <span className="muted">{t(xm.erased)}</span>
                  )}
                </td>
                {lead && (
                  <td>
                    <button
                      type="button"
                      className="danger"
                      disabled={busy}
                      onClick={() => void remove(a.id, a.filename)}
                    >
                      {t(xm.remove)}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {lead && (
        <form
          noValidate
          className="case-form"
          data-testid="attach-form"
          aria-busy={busy}
          onSubmit={(e) => {
            e.preventDefault();
            if (!file) return setProblem(t(xm.chooseAudio));
            if (file.size > maxBytes)
              return setProblem(t(xm.tooBig, { mb: formatNumber(lang, mb(maxBytes), 1) }));
            setProblem(null);
            void attach();
          }}
        >
          <Field
            label={t(xm.audioFile)}
            required
            hint={t(xm.limit, { mb: formatNumber(lang, mb(maxBytes), 1) })}
            error={problem ?? undefined}
          >
            {(control) => (
              <input
                {...control}
                type="file"
                accept="audio/*,.mp3,.wav,.ogg,.opus,.m4a,.flac,.webm,.aac"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t(xm.uploading) : t(xm.attach)}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
