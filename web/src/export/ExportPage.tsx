import { useEffect, useState } from 'react';
import type { RegionExport } from '../../../src/io/region-exports/region-exports.schema.ts';
import { api, saveBlob } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { SelectField } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { xm } from './messages.ts';
import '../import/import.css';

/** How often the page asks how far an unfinished export has come. */
const POLL_MS = 1000;

/**
 * `/ekspor`: a whole province's or regency's data as one ZIP, written by a worker. The page starts an
 * export, follows every unfinished one, and offers the file once it is there.
 */
export default function ExportPage() {
  const { t, lang } = useI18n();
  const [province, setProvince] = useState('');
  const [regency, setRegency] = useState('');
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const provinces = useApi(
    (signal) => api.get('/regions', { query: { level: 'province', limit: 100 }, signal }),
    [],
  );
  const regencies = useApi(
    (signal) =>
      province
        ? api.get('/regions', { query: { parent: province, limit: 200 }, signal })
        : Promise.resolve(null),
    [province],
  );
  const exports = useApi((signal) => api.get('/region-exports', { signal }), []);
  const unfinished = exports.data?.some((e) => e.status === 'queued' || e.status === 'running') ?? false;
  const { reload } = exports;
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new answer arms the next poll.
  useEffect(() => {
    if (!unfinished) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [unfinished, reload, exports.data]);
  const { busy, error, run } = useSubmit();
  const start = () =>
    void run(async () => {
      await api.send('POST', '/region-exports', { body: { regionCode: regency || province, format } });
      reload();
    });
  const download = (entry: RegionExport) =>
    void run(async () => {
      saveBlob(await api.blob(`/region-exports/${entry.id}/file`), entry.fileName ?? 'simpul.zip');
    });
  return (
    <article className="import" data-testid="export-page">
      <h1>{t(xm.title)}</h1>
      <p className="muted">{t(xm.intro)}</p>
      <section className="card">
        <div className="form-grid">
          <SelectField
            label={t(xm.province)}
            required
            value={province}
            onChange={(code) => {
              setProvince(code);
              setRegency('');
            }}
            options={(provinces.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
          />
          {province && (
            <SelectField
              label={t(xm.regency)}
              required
              value={regency}
              placeholder={false}
              onChange={setRegency}
              options={[
                { value: '', label: t(xm.wholeProvince) },
                ...(regencies.data?.items ?? []).map((r) => ({
                  value: r.code,
                  label: `${r.name} (${r.code})`,
                })),
              ]}
            />
          )}
          <SelectField
            label={t(xm.format)}
            required
            value={format}
            placeholder={false}
            onChange={(v) => setFormat(v as 'xlsx' | 'csv')}
            options={[
              { value: 'xlsx', label: t(xm.xlsx) },
              { value: 'csv', label: t(xm.csv) },
            ]}
          />
        </div>
        {!province && <p className="muted">{t(xm.chooseRegion)}</p>}
        <div className="form-actions">
          <button type="button" className="primary" onClick={start} disabled={!province || busy}>
            {busy ? t(xm.starting) : t(xm.start)}
          </button>
        </div>
        {error && (
          <div className="alert alert-error" role="alert">
            {error.message}
          </div>
        )}
      </section>
      <section className="card">
        <h2>{t(xm.recent)}</h2>
        {exports.error && <ErrorView error={exports.error} onRetry={reload} />}
        {!exports.data && !exports.error && <Loading />}
        {exports.data?.length === 0 && <p className="muted">{t(xm.none)}</p>}
        {exports.data && exports.data.length > 0 && (
          <TableWrap label={t(xm.recent)}>
            <table data-testid="region-exports">
              <thead>
                <tr>
                  <th>{t(xm.region)}</th>
                  <th>{t(xm.status)}</th>
                  <th>{t(xm.started)}</th>
                  <th>{t(xm.file)}</th>
                </tr>
              </thead>
              <tbody>
                {exports.data.map((entry) => (
                  <tr key={entry.id} data-status={entry.status}>
                    <td>
                      {entry.regionName} ({entry.regionCode})
                    </td>
                    <td role="status">{statusText(entry)}</td>
                    <td>{new Date(entry.createdAt).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}</td>
                    <td>
                      {entry.status === 'done' && (
                        <button type="button" onClick={() => download(entry)}>
                          {t(xm.download, { size: sizeText(entry.bytes ?? 0) })}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </article>
  );

  function statusText(entry: RegionExport): string {
    const rows = formatNumber(lang, entry.rowsWritten);
    switch (entry.status) {
      case 'queued':
        return t(xm.queued);
      case 'running': {
        const kind = entry.phase as keyof typeof KIND_WORDS | null;
        return t(xm.running, { kind: kind && kind in KIND_WORDS ? t(KIND_WORDS[kind]) : '…', rows });
      }
      case 'done':
        return t(xm.done, { rows });
      case 'failed':
        return `${t(xm.failed)}: ${entry.error?.message ?? ''}`;
      default:
        return t(xm.expired);
    }
  }

  function sizeText(bytes: number): string {
    return bytes >= 1024 * 1024
      ? `${formatNumber(lang, bytes / (1024 * 1024), 1)} MB`
      : `${formatNumber(lang, Math.max(1, Math.round(bytes / 1024)))} KB`;
  }
}

const KIND_WORDS = {
  centers: xm.centers,
  enterprises: xm.enterprises,
  institutions: xm.institutions,
  memberships: xm.memberships,
  interactions: xm.interactions,
};
