import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { m } from './messages.ts';

interface Props {
  archivedAt: string | null;
  /** Calls `POST …/archive` or `…/restore` with the version read. */
  send(action: 'archive' | 'restore'): Promise<unknown>;
  onDone(): void;
}

/** Archive or restore a record; the server's refusal (out of scope, changed meanwhile) shows in place. */
export function ArchiveControls({ archivedAt, send, onDone }: Props) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (action: 'archive' | 'restore') => {
    setBusy(true);
    setError(null);
    try {
      await send(action);
      onDone();
    } catch (e) {
      setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="archive-controls">
      {archivedAt && <p>{t(m.archivedNote, { date: formatDate(lang, archivedAt) })}</p>}
      <button type="button" disabled={busy} onClick={() => act(archivedAt ? 'restore' : 'archive')}>
        {t(archivedAt ? m.restore : m.archive)}
      </button>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
