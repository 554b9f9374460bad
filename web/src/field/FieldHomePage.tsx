import { useEffect, useState } from 'react';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { formatWhen, OnlineBadge, PendingLink, StorageLine } from './FieldStatus.tsx';
import { type FieldCenterItem, fetchFieldCenters, fetchPackage } from './field-api.ts';
import { fieldDb } from './field-db.ts';
import { useLive, useOnline } from './hooks.ts';
import { fm } from './messages.ts';
import { ProjectPackages } from './ProjectPackages.tsx';
import { formatBytes, guardedWrite, StorageFullError } from './storage.ts';
import './field.css';

/**
 * `/lapangan`: the centres to collect in, each with its package (download, size, date, refresh), and for
 * researchers their research projects' packages.
 */
export default function FieldHomePage() {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const collects = may((a) => a.field.collect);
  const online = useOnline();
  const stored = useLive(() => fieldDb.packages.toArray(), []);
  const [centers, setCenters] = useState<FieldCenterItem[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (!online || !collects) return;
    fetchFieldCenters().then(setCenters, () => setCenters(null));
  }, [online, collects]);
  const rows = new Map<string, { id: string; name: string; memberCount: number }>();
  for (const s of stored ?? [])
    rows.set(s.centerId, { id: s.centerId, name: s.pkg.center.name, memberCount: s.pkg.members.length });
  for (const c of centers ?? []) rows.set(c.id, c);

  const download = async (centerId: string) => {
    setBusy(centerId);
    setMessage(null);
    try {
      const previous = await fieldDb.packages.get(centerId);
      const answer = await fetchPackage(centerId, previous?.etag ?? null);
      if (!answer) setMessage(t(fm.unchanged));
      else {
        await guardedWrite(answer.bytes * 2, () =>
          fieldDb.packages.put({ centerId, ...answer, downloadedAt: new Date().toISOString() }),
        );
      }
    } catch (error) {
      setMessage(
        error instanceof StorageFullError
          ? t(fm.quotaExceeded)
          : t(fm.loadFailed, { error: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <main className="field">
      <h1>{t(fm.title)}</h1>
      <p>{t(fm.intro)}</p>
      <OnlineBadge />
      <PendingLink />
      <StorageLine />
      {message && (
        <p role="status" className="field-message">
          {message}
        </p>
      )}
      {may((a) => a.field.research) && <ProjectPackages />}
      {collects && <h2>{t(fm.centers)}</h2>}
      <ul className="field-centers" data-testid="field-centers">
        {[...rows.values()].map((c) => {
          const pkg = stored?.find((s) => s.centerId === c.id);
          return (
            <li key={c.id}>
              <strong>{c.name}</strong>
              <span>{t(fm.members, { n: c.memberCount })}</span>
              {pkg && (
                <span>
                  {t(fm.downloaded, {
                    date: formatWhen(lang, pkg.downloadedAt),
                    size: formatBytes(pkg.bytes),
                  })}
                </span>
              )}
              <div className="field-row">
                {online && (
                  <button type="button" disabled={busy !== null} onClick={() => download(c.id)}>
                    {busy === c.id ? t(fm.downloading) : pkg ? t(fm.refresh) : t(fm.download)}
                  </button>
                )}
                {pkg && (
                  <Link className="field-button" href={`/lapangan/sentra/${c.id}`}>
                    {t(fm.open)}
                  </Link>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
