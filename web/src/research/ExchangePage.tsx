import { useState } from 'react';
import type { ImportReport } from '../../../src/research/qdpx/qdpx.schema.ts';
import { ApiError, api, saveBlob } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { xm } from './exchange-messages.ts';
import { ImportReportView } from './ImportReportView.tsx';

/** An error of the API with its details (a refused file names its element and line there). */
export function RefusalView({ error, title }: { error: Error; title: string }) {
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className="alert alert-error" role="alert" data-testid="refusal">
      <strong>{title}:</strong> {error.message}
      {details.length > 0 && (
        <ul>
          {details.map((d) => (
            <li key={`${d.path}:${d.message}`}>
              {d.path}: {d.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * `/penelitian/proyek/:id/pertukaran`: the project as QDPX and its codebook as QDC to download, and an
 * upload of a QDPX/QDE/QDC (into this project or as a new one) answered by the import report.
 */
export default function ExchangePage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const projectId = params.id ?? '';
  const project = useApi(
    (signal) => api.get('/research/projects/:id', { params: { id: projectId }, signal }),
    [projectId],
  );
  // The export is pseudonymised, but a quotation or a rare attribute can still point to a person: say so first.
  const risks = useApi(
    (signal) => api.get('/research/projects/:id/reidentification', { params: { id: projectId }, signal }),
    [projectId],
  );
  const download = useSubmit();
  const upload = useSubmit();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [asNew, setAsNew] = useState(false);
  const [strict, setStrict] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);

  if (project.error) return <ErrorView error={project.error} onRetry={project.reload} />;
  const data = project.data;
  if (!data) return <Loading />;
  const lead = data.myRole === 'lead';
  const fetchFile = (kind: 'qdpx' | 'qdc') =>
    download.run(async () => {
      const blob = await api.blob(`/research/projects/${encodeURIComponent(projectId)}/${kind}`);
      saveBlob(blob, `${data.name.replace(/[^\w.-]+/g, '-') || 'proyek'}.${kind}`);
    });
  const submit = () =>
    upload.run(async () => {
      if (!file) return;
      setReport(null);
      // Sent as bytes: the server tells a ZIP from XML by their first bytes.
      const body = new Blob([file], { type: 'application/octet-stream' });
      const query = { filename: file.name, ...(strict ? { strict: 'true' as const } : {}) };
      const codebook = /\.qdc$/i.test(file.name);
      const result =
        (asNew || !lead) && !codebook
          ? await api.send('POST', '/research/qdpx', { query, body: body as never })
          : await api.send('POST', codebook ? '/research/projects/:id/qdc' : '/research/projects/:id/qdpx', {
              params: { id: projectId },
              query,
              body: body as never,
            });
      setReport(result);
      if (!result.created) project.reload();
    });

  return (
    <div className="page research" data-testid="exchange-page">
      <p className="small">
        <Link href={`/penelitian/proyek/${projectId}`}>← {t(xm.backToProject)}</Link>
      </p>
      <h1>
        {t(xm.title)}: {data.name}
      </h1>
      <p>{t(xm.intro)}</p>
      <section>
        <h2>{t(xm.download)}</h2>
        {(risks.data?.warnings.length ?? 0) > 0 && (
          <p className="alert alert-warning" role="status" data-testid="export-reid-warning">
            {t(xm.reidentification, { count: risks.data?.warnings.length ?? 0 })}{' '}
            <Link href={`/penelitian/proyek/${projectId}/privasi`}>{t(xm.reviewWarnings)}</Link>
          </p>
        )}
        {download.error && <RefusalView error={download.error} title={t(xm.refused)} />}
        <div className="form-actions">
          <button type="button" disabled={download.busy} onClick={() => void fetchFile('qdpx')}>
            {t(xm.downloadQdpx)}
          </button>
          <button type="button" disabled={download.busy} onClick={() => void fetchFile('qdc')}>
            {t(xm.downloadQdc)}
          </button>
        </div>
      </section>
      <section>
        <h2>{t(xm.upload)}</h2>
        <form
          noValidate
          className="case-form"
          data-testid="import-form"
          aria-busy={upload.busy}
          onSubmit={(e) => {
            e.preventDefault();
            setMissing(file === null);
            if (file) void submit();
          }}
        >
          {upload.error && <RefusalView error={upload.error} title={t(xm.refused)} />}
          <Field label={t(xm.file)} required error={missing ? t(xm.chooseFile) : undefined}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".qdpx,.qde,.qdc"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </Field>
          <fieldset>
            <legend>{t(xm.target)}</legend>
            <label>
              <input
                type="radio"
                name="target"
                checked={!asNew}
                disabled={!lead}
                onChange={() => setAsNew(false)}
              />{' '}
              {t(xm.intoThis)}
            </label>{' '}
            <label>
              <input type="radio" name="target" checked={asNew || !lead} onChange={() => setAsNew(true)} />{' '}
              {t(xm.asNew)}
            </label>
          </fieldset>
          <label>
            <input type="checkbox" checked={strict} onChange={(e) => setStrict(e.target.checked)} />{' '}
            {t(xm.strict)}
          </label>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={upload.busy}>
              {upload.busy ? t(xm.importing) : t(xm.upload)}
            </button>
          </div>
        </form>
        {report && <ImportReportView report={report} />}
      </section>
    </div>
  );
}
