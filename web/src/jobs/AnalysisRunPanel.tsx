import { useEffect, useState } from 'react';
import type { AnalysisRun } from '../../../src/networks/analysis/analysis-runs.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView } from '../ui/status.tsx';
import { rm } from './run-messages.ts';

/** "3 min 20 s" from seconds. */
function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}

/** The latest national recompute on the queue: progress, rate, ETA, failed centres; admins may start one. */
export function AnalysisRunPanel({ manage }: { manage: boolean }) {
  const { t, lang } = useI18n();
  const runs = useApi((signal) => api.get('/jobs/analysis-runs', { signal }), []);
  const [joined, setJoined] = useState(false);
  const [force, setForce] = useState(false);
  const { busy, error, run } = useSubmit();
  const latest: AnalysisRun | undefined = runs.data?.[0];
  const running = latest?.state === 'running';
  // While a run is under way the panel follows it, once every two seconds.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(runs.reload, 2000);
    return () => clearInterval(timer);
  }, [running, runs.reload]);
  const start = () =>
    void run(async () => {
      const started = await api.send('POST', '/jobs/analysis-runs', { body: { force } });
      setJoined(started.joined);
      runs.reload();
    });
  const when = (iso: string) => new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
  return (
    <section className="card" data-testid="analysis-run" aria-labelledby="analysis-run-title">
      <h2 id="analysis-run-title">{t(rm.title)}</h2>
      <p className="muted">{t(rm.intro)}</p>
      {runs.error && <ErrorView error={runs.error} onRetry={runs.reload} />}
      {runs.data && !latest && <p>{t(rm.none)}</p>}
      {latest && (
        <div data-run={latest.id} data-state={latest.state}>
          <p>
            <strong>{t(latest.state === 'running' ? rm.running : rm.finished)}</strong>
            {' · '}
            <span data-testid="run-progress">
              {t(rm.progress, { done: latest.done, total: latest.total })}
            </span>
            {latest.centersPerSecond !== null && <> · {t(rm.rate, { rate: latest.centersPerSecond })}</>}
            {latest.etaSeconds !== null && <> · {t(rm.eta, { eta: duration(latest.etaSeconds) })}</>}
            {' · '}
            <span className="muted">{t(rm.started, { when: when(latest.startedAt) })}</span>
          </p>
          <progress max={latest.total || 1} value={latest.done} aria-label={t(rm.title)} />
          {latest.failed > 0 && (
            <details>
              <summary className="alert alert-error">{t(rm.failed, { n: latest.failed })}</summary>
              <ul aria-label={t(rm.failedList)}>
                {latest.failedCenterIds.map((id) => (
                  <li key={id}>
                    <Link href={`/sentra/${id}`}>{id}</Link>
                  </li>
                ))}
              </ul>
            </details>
          )}
          {running && latest.workers === 0 && (
            <p className="alert alert-error" role="status">
              {t(rm.noWorker)}
            </p>
          )}
        </div>
      )}
      {joined && running && <p role="status">{t(rm.joined)}</p>}
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {manage && (
        <div className="form-actions">
          <label>
            <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />{' '}
            {t(rm.force)}
          </label>
          <button type="button" disabled={busy || running} onClick={start}>
            {t(rm.start)}
          </button>
        </div>
      )}
    </section>
  );
}
