import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldChangeResult } from '../../../src/field/field.schema.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ChangeLabel } from './ChangeLabel.tsx';
import { ConflictList } from './ConflictList.tsx';
import { formatWhen, OnlineBadge } from './FieldStatus.tsx';
import { OfflineError, SessionExpiredError } from './field-api.ts';
import { fieldDb } from './field-db.ts';
import { type SyncProgress, syncQueue } from './field-sync.ts';
import { useLive, useOnline } from './hooks.ts';
import { fm } from './messages.ts';
import './field.css';

type StatusKey = `status_${FieldChangeResult['status']}`;

/** Set when a sync met an ended session: the sync page sends the queue by itself once signed in again. */
const RESUME_KEY = 'simpul.field.resumeSync';

/** A result's status in words, with "already received" for a replay. */
function StatusText({ result }: { result: FieldChangeResult | null }) {
  const { t } = useI18n();
  if (!result) return <em>{t(fm.status_pending)}</em>;
  return (
    <em data-status={result.status}>
      {t(fm[`status_${result.status}` as StatusKey])}
      {result.replayed ? ` ${t(fm.replayed)}` : ''}
    </em>
  );
}

/**
 * `/lapangan/sinkron`: sends what waits on the phone, in order, with progress and a result per entry;
 * lists the conflicts to resolve. Nothing leaves the phone until the server confirmed it.
 */
export default function FieldSyncPage() {
  const { t, lang } = useI18n();
  const { user, may } = useSession();
  // Conflicts are of centre kinds only: a researcher's research changes never make one.
  const collects = may((a) => a.field.collect);
  const online = useOnline();
  const queued = useLive(() => fieldDb.changes.orderBy('seq').toArray(), []);
  const sent = useLive(() => fieldDb.sent.orderBy('sentAt').reverse().limit(100).toArray(), []);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [running, setRunning] = useState(false);
  // Kept as what to say, not the words: a language switched after the sync re-renders it in the new one.
  const [message, setMessage] = useState<{ say: (tr: typeof t) => string; signIn?: boolean } | null>(null);
  const [conflictsTick, setConflictsTick] = useState(0);

  const run = useCallback(async () => {
    setRunning(true);
    setMessage(null);
    try {
      const results = await syncQueue(setProgress);
      setMessage({
        say: (tr) => (results.length ? tr(fm.syncDone, { n: results.length }) : tr(fm.nothingToSend)),
      });
    } catch (error) {
      if (error instanceof SessionExpiredError) {
        localStorage.setItem(RESUME_KEY, '1');
        setMessage({ say: (tr) => tr(fm.sessionExpired), signIn: true });
      } else if (error instanceof OfflineError) setMessage({ say: (tr) => tr(fm.syncOffline) });
      else setMessage({ say: (tr) => tr(fm.loadFailed, { error: String(error) }) });
    } finally {
      setRunning(false);
      setConflictsTick((n) => n + 1);
    }
  }, []);

  useEffect(() => {
    if (online) setConflictsTick((n) => n + 1);
  }, [online]);

  // Back from signing in after an ended session: send what waited, once.
  const resumed = useRef(false);
  useEffect(() => {
    if (!online || resumed.current || localStorage.getItem(RESUME_KEY) !== '1') return;
    resumed.current = true;
    localStorage.removeItem(RESUME_KEY);
    run();
  }, [online, run]);

  return (
    <main className="field">
      <Link href="/lapangan">{t(fm.back)}</Link>
      <h1>{t(fm.syncTitle)}</h1>
      <OnlineBadge />
      <div className="field-row">
        <button type="button" onClick={run} disabled={running || !online} data-testid="field-sync">
          {t(fm.syncNow)}
        </button>
      </div>
      {progress && (
        <div data-testid="field-progress">
          <progress max={Math.max(progress.total, 1)} value={progress.done} />
          {running && <p>{t(fm.syncing, { done: progress.done, total: progress.total })}</p>}
        </div>
      )}
      {message && (
        <p role="status" className="field-message" data-testid="field-sync-message">
          {message.say(t)}{' '}
          {message.signIn && (
            <button type="button" onClick={() => window.location.reload()} data-testid="field-sign-in">
              {t(fm.signIn)}
            </button>
          )}
        </p>
      )}
      <h2>{t(fm.queue)}</h2>
      <ul className="field-list" data-testid="field-queue">
        {(queued ?? []).map((q) => (
          <li key={q.clientChangeId}>
            <ChangeLabel label={q.label} />
            <StatusText result={q.result} />
            {q.result?.error && <span className="field-error">{q.result.error.message}</span>}
            {q.userId && user && q.userId !== user.id && (
              <small className="field-muted">{t(fm.otherCollector)}</small>
            )}
            {q.state === 'failed' && q.seq !== undefined && (
              <button type="button" onClick={() => fieldDb.changes.delete(q.seq ?? 0)}>
                {t(fm.discard)}
              </button>
            )}
          </li>
        ))}
      </ul>
      {queued?.length === 0 && <p>{t(fm.nothingToSend)}</p>}
      {collects && <h2>{t(fm.conflicts)}</h2>}
      {collects && online && <ConflictList tick={conflictsTick} />}
      <h2>{t(fm.results)}</h2>
      <ul className="field-list" data-testid="field-results">
        {(sent ?? []).map((s) => (
          <li key={s.clientChangeId}>
            <ChangeLabel label={s.label} />
            <StatusText result={s.result} />
            <small>{formatWhen(lang, s.sentAt)}</small>
          </li>
        ))}
      </ul>
    </main>
  );
}
