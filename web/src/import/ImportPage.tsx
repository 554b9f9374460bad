import { useId, useState } from 'react';
import type { ImportKind, ImportReport } from '../../../src/io/io.schema.ts';
import type { FormTool } from '../../../src/io/kobo/form-tools.ts';
import type { ImportRun } from '../../../src/io/runs/import-runs.schema.ts';
import { ApiError, api, saveBlob } from '../api/client.ts';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView } from '../ui/status.tsx';
import { encodingLabel } from './encoding-label.ts';
import { FormToolChoice } from './FormToolChoice.tsx';
import { type FileProblem, toProblems } from './import-errors.ts';
import { runImport } from './import-run.ts';
import { KIND_LABELS, m } from './messages.ts';
import { ProblemTable } from './ProblemTable.tsx';
import { RegencyPicker } from './RegencyPicker.tsx';
import { ResearchProjectPicker } from './ResearchProjectPicker.tsx';
import { RunProgress } from './RunProgress.tsx';
import './import.css';

// Type-only import of the server's schema: its module pulls in the file readers (exceljs), not for a browser.
const IMPORT_KINDS = Object.keys(KIND_LABELS) as ImportKind[];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The kinds a KoboToolbox/ODK export of Simpul's XLSForms is read as (name generator, profile). */
const FORM_KINDS: readonly ImportKind[] = ['name-generator', 'enterprises'];

type Outcome =
  | { kind: 'report'; report: ImportReport }
  | { kind: 'problems'; message: string; problems: FileProblem[] }
  | { kind: 'error'; error: Error };

/**
 * The import wizard: kind (with its template), file, a dry run that lists row/column problems or the counts
 * it would write, then the real all-or-nothing import of the same file.
 */
export default function ImportPage() {
  const { t, lang } = useI18n();
  const [kind, setKind] = useState<ImportKind>('enterprises');
  const [file, setFile] = useState<File | null>(null);
  const [region, setRegion] = useState('');
  const [project, setProject] = useState('');
  const [formTool, setFormTool] = useState<'' | FormTool>('');
  const [projectError, setProjectError] = useState<string | undefined>();
  const [busy, setBusy] = useState<'check' | 'commit' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [checkedOk, setCheckedOk] = useState(false);
  const [run, setRun] = useState<ImportRun | null>(null);
  const fileId = useId();
  const reset = () => {
    setOutcome(null);
    setCheckedOk(false);
  };
  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'commit');
    setOutcome(null);
    setProjectError(undefined);
    try {
      const isXlsx = /\.xlsx$/i.test(file.name) || file.type === XLSX;
      const body = new Blob([file], { type: isXlsx ? XLSX : 'text/csv' });
      // The check stays one request; the import itself runs on the job queue and is followed here.
      setRun(null);
      // Only a name-generator survey can go into a research project.
      const researchProjectId = (kind === 'name-generator' && project) || undefined;
      const tool = (FORM_KINDS.includes(kind) && formTool) || undefined;
      const report = dryRun
        ? await api.send('POST', '/import/:kind', {
            params: { kind },
            body,
            query: { dryRun: 'true', region: region || undefined, researchProjectId, tool },
          })
        : await runImport({ kind, file: body, fileName: file.name, region, researchProjectId, tool }, setRun);
      setOutcome({ kind: 'report', report });
      setCheckedOk(dryRun);
    } catch (e) {
      setCheckedOk(false);
      setProjectError(e instanceof ApiError ? e.field('researchProjectId') : undefined);
      if (e instanceof ApiError && e.status === 422 && e.details.length > 0) {
        setOutcome({ kind: 'problems', message: e.message, problems: toProblems(e.details) });
      } else setOutcome({ kind: 'error', error: e instanceof Error ? e : new Error(String(e)) });
    } finally {
      setBusy(null);
    }
  };
  const downloadTemplate = async () => {
    try {
      saveBlob(await api.blob(`/templates/${kind}.xlsx`), `simpul-${kind}.xlsx`);
    } catch (e) {
      setOutcome({ kind: 'error', error: e instanceof Error ? e : new Error(String(e)) });
    }
  };
  const counts = (r: ImportReport) => ({
    rows: formatNumber(lang, r.rows),
    inserted: formatNumber(lang, r.inserted),
    updated: formatNumber(lang, r.updated),
    unchanged: formatNumber(lang, r.unchanged),
  });
  return (
    <article className="import">
      <h1>{t(m.title)}</h1>
      <p className="muted">{t(m.intro)}</p>
      <section className="card">
        <fieldset className="kind-choice">
          <legend>
            <h2>{t(m.step1)}</h2>
          </legend>
          {IMPORT_KINDS.map((k) => (
            <label key={k} className="kind-option">
              <input
                type="radio"
                name="import-kind"
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  reset();
                }}
              />
              <span>
                <strong>{t(KIND_LABELS[k].title)}</strong>
                <span className="muted small"> — {t(KIND_LABELS[k].description)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <p>
          <button type="button" onClick={downloadTemplate}>
            {t(m.template)}
          </button>{' '}
          <span className="muted small">{t(m.templateHint)}</span>
        </p>
      </section>
      <section className="card">
        <h2>{t(m.step2)}</h2>
        <label htmlFor={fileId}>{t(m.file)}</label>
        <input
          id={fileId}
          type="file"
          // .txt: Excel's "Unicode Text" (tab-separated UTF-16) is read as CSV too.
          accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            reset();
          }}
        />
        {FORM_KINDS.includes(kind) && (
          <FormToolChoice
            value={formTool}
            onChange={(tool) => {
              setFormTool(tool);
              reset();
            }}
          />
        )}
        <RegencyPicker
          value={region}
          onChange={(code) => {
            setRegion(code);
            reset();
          }}
        />
        {kind === 'name-generator' && (
          <ResearchProjectPicker
            value={project}
            onChange={(id) => {
              setProject(id);
              reset();
            }}
            error={projectError}
          />
        )}
      </section>
      <section className="card">
        <h2>{t(m.step3)}</h2>
        {!file && <p className="muted">{t(m.chooseFile)}</p>}
        <div className="form-actions">
          <button type="button" onClick={() => send(true)} disabled={!file || busy !== null}>
            {busy === 'check' ? t(m.checking) : t(m.check)}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => send(false)}
            disabled={!checkedOk || busy !== null}
          >
            {busy === 'commit' ? t(m.committing) : t(m.commit)}
          </button>
        </div>
        <div aria-live="polite">
          {busy === 'commit' && <RunProgress run={run} />}
          {outcome?.kind === 'report' && (
            <div className="alert alert-ok" role="status" data-testid="import-report">
              {t(outcome.report.dryRun ? m.previewOk : m.done, counts(outcome.report))}
              {outcome.report.research && (
                <p className="small" data-testid="import-research">
                  {t(m.researchDone, {
                    created: formatNumber(lang, outcome.report.research.informantsCreated),
                    linked: formatNumber(lang, outcome.report.research.informantsLinked),
                    questionnaires: formatNumber(lang, outcome.report.research.questionnaires),
                    evidence: formatNumber(lang, outcome.report.research.evidence),
                  })}
                </p>
              )}
              {outcome.report.encoding && (
                <p className="small" data-testid="import-encoding">
                  {t(m.readAs, { encoding: encodingLabel(t, outcome.report.encoding) })}
                </p>
              )}
            </div>
          )}
          {outcome?.kind === 'problems' && (
            <div className="alert alert-error" role="alert">
              <strong>{outcome.message}</strong>
              <p>{t(m.errorsIntro)}</p>
            </div>
          )}
        </div>
        {outcome?.kind === 'problems' && <ProblemTable problems={outcome.problems} />}
        {outcome?.kind === 'error' && (
          <ErrorView
            error={outcome.error}
            // The server refused the file (damaged, too large, too many imports): say so, not "went wrong".
            title={
              outcome.error instanceof ApiError && outcome.error.status < 500 ? t(m.notImported) : undefined
            }
          />
        )}
      </section>
    </article>
  );
}
