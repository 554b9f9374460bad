import { useState } from 'react';
import { JOB_TASK_LABELS, jobWord } from '../../../src/jobs/job-audit-labels.ts';
import type { Job, JobState } from '../../../src/jobs/jobs.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { SelectField } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { AnalysisRunPanel } from './AnalysisRunPanel.tsx';
import { jm } from './messages.ts';
import '../admin/admin.css';

const STATES: readonly JobState[] = ['waiting', 'running', 'failed', 'done'];
/** Task names are internal; people read what the job does. */
/** `/antrean`: the job queue for admins — what waits, runs, failed (with its error) or finished; retry, cancel. */
export default function JobsPage() {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const [state, setState] = useState<JobState | ''>('');
  const jobs = useApi(
    (signal) => api.get('/jobs', { query: state ? { status: state, limit: 200 } : { limit: 200 }, signal }),
    [state],
  );
  const { busy, error, run } = useSubmit();
  const act = (id: string, what: 'retry' | 'cancel') =>
    void run(async () => {
      await api.send('POST', what === 'retry' ? '/jobs/:id/retry' : '/jobs/:id/cancel', { params: { id } });
      jobs.reload();
    });
  const when = (iso: string) => new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
  const label = (job: Job) => jobWord(JOB_TASK_LABELS, job.task, lang);
  const manage = may((a) => a.jobs.manage);
  // A job's number leads to its life in the audit trail (queued by whom, done, failed, retried, cancelled).
  const history = may((a) => a.audit.read);
  return (
    <div className="admin" data-testid="jobs-page">
      <h1>{t(jm.title)}</h1>
      <p>{t(jm.intro)}</p>
      <AnalysisRunPanel manage={manage} />
      <div className="form-actions">
        <SelectField
          label={t(jm.filter)}
          placeholder={false}
          value={state}
          onChange={(v) => setState(v as JobState | '')}
          options={[{ value: '', label: t(jm.all) }, ...STATES.map((s) => ({ value: s, label: t(jm[s]) }))]}
        />
        <button type="button" onClick={jobs.reload}>
          {t(jm.refresh)}
        </button>
      </div>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {jobs.error && <ErrorView error={jobs.error} onRetry={jobs.reload} />}
      {!jobs.data && !jobs.error && <Loading />}
      {jobs.data?.length === 0 && <p className="muted">{t(jm.none)}</p>}
      {jobs.data && jobs.data.length > 0 && (
        <TableWrap label={t(jm.title)}>
          <table data-testid="jobs-table">
            <thead>
              <tr>
                <th scope="col">{t(jm.colJob)}</th>
                <th scope="col">{t(jm.colState)}</th>
                <th scope="col">{t(jm.colAttempts)}</th>
                <th scope="col">{t(jm.colWhen)}</th>
                <th scope="col">{t(jm.colError)}</th>
                {manage && <th scope="col">{t(jm.colActions)}</th>}
              </tr>
            </thead>
            <tbody>
              {jobs.data.map((job) => (
                <tr key={job.id} data-job={job.id}>
                  <th scope="row">
                    {label(job)}{' '}
                    {history ? (
                      <Link href={`/riwayat/tugas/${job.id}`} aria-label={t(jm.historyLabel, { id: job.id })}>
                        #{job.id}
                      </Link>
                    ) : (
                      <span className="muted">#{job.id}</span>
                    )}
                  </th>
                  <td data-state={job.state}>{t(jm[job.state])}</td>
                  <td>
                    {job.attempts}/{job.maxAttempts}
                  </td>
                  <td>{when(job.updatedAt)}</td>
                  <td>{job.error ?? ''}</td>
                  {manage && (
                    <td>
                      {(job.state === 'failed' || job.state === 'waiting') && (
                        <button
                          type="button"
                          disabled={busy}
                          aria-label={t(jm.retryLabel, { id: job.id })}
                          onClick={() => act(job.id, 'retry')}
                        >
                          {t(jm.retry)}
                        </button>
                      )}
                      {job.state === 'waiting' && (
                        <button
                          type="button"
                          className="danger"
                          disabled={busy}
                          aria-label={t(jm.cancelLabel, { id: job.id })}
                          onClick={() => act(job.id, 'cancel')}
                        >
                          {t(jm.cancel)}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}
