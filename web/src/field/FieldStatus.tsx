import { useEffect, useState } from 'react';
import { Link } from '../app/router.tsx';
import type { Lang } from '../i18n/i18n.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { fieldDb } from './field-db.ts';
import { useLive, useOnline } from './hooks.ts';
import { fm } from './messages.ts';
import { formatBytes, STORAGE_WARN_SHARE, type StorageState, storageState } from './storage.ts';

/** A moment as "7 Des 2026 12.30" in the user's language. */
export function formatWhen(lang: Lang, iso: string): string {
  return new Date(iso).toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** Online or offline, as a badge that screen readers hear when it changes. */
export function OnlineBadge() {
  const { t } = useI18n();
  const online = useOnline();
  return (
    <p role="status" className={online ? 'field-online' : 'field-offline'} data-testid="field-online">
      {online ? t(fm.online) : t(fm.offline)}
    </p>
  );
}

/** How many entries wait on the phone, linking to the sync screen. */
export function PendingLink() {
  const { t } = useI18n();
  const count = useLive(() => fieldDb.changes.count(), []);
  return (
    <p data-testid="field-pending">
      {t(fm.pending, { n: count ?? 0 })} ·{' '}
      <Link className="field-button" href="/lapangan/sinkron">
        {t(fm.syncLink)}
      </Link>
    </p>
  );
}

/** The storage estimate, with a warning before the phone is full. */
export function StorageLine() {
  const { t } = useI18n();
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(() => {
    storageState().then(setState, () => setState(null));
  }, []);
  if (!state || state.quota === 0) return null;
  const low = state.usage > state.quota * STORAGE_WARN_SHARE;
  return (
    <p className={low ? 'field-warning' : 'field-muted'} role={low ? 'alert' : undefined}>
      {t(fm.storage, { used: formatBytes(state.usage), quota: formatBytes(state.quota) })}
      {low && ` ${t(fm.storageLow)}`}
    </p>
  );
}
