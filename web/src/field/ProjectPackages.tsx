import { useEffect, useState } from 'react';
import { Link } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { formatWhen } from './FieldStatus.tsx';
import { type FieldProjectItem, fetchFieldProjects, fetchProjectPackage } from './field-api.ts';
import { fieldDb } from './field-db.ts';
import { useLive, useOnline } from './hooks.ts';
import { fm } from './messages.ts';
import { frm } from './research-messages.ts';
import { formatBytes, guardedWrite, StorageFullError } from './storage.ts';

/**
 * `/lapangan`'s research section: the projects the user is a member of, each with its package (informants
 * by pseudonym with consent scopes) to download, refresh and open offline.
 */
export function ProjectPackages() {
  const { t, lang } = useI18n();
  const online = useOnline();
  const stored = useLive(() => fieldDb.projectPackages.toArray(), []);
  const [projects, setProjects] = useState<FieldProjectItem[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (!online) return;
    fetchFieldProjects().then(setProjects, () => setProjects(null));
  }, [online]);
  const rows = new Map<string, { id: string; name: string }>();
  for (const s of stored ?? []) rows.set(s.projectId, { id: s.projectId, name: s.pkg.project.name });
  for (const p of projects ?? []) rows.set(p.id, { id: p.id, name: p.name });

  const download = async (projectId: string) => {
    setBusy(projectId);
    setMessage(null);
    try {
      const previous = await fieldDb.projectPackages.get(projectId);
      const answer = await fetchProjectPackage(projectId, previous?.etag ?? null);
      if (!answer) setMessage(t(fm.unchanged));
      else {
        await guardedWrite(answer.bytes * 2, () =>
          fieldDb.projectPackages.put({
            projectId,
            ...answer,
            downloadedAt: new Date().toISOString(),
            myRole: projects?.find((p) => p.id === projectId)?.myRole ?? previous?.myRole ?? null,
          }),
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
    <section aria-labelledby="field-projects-title">
      <h2 id="field-projects-title">{t(frm.projects)}</h2>
      <p>{t(frm.projectsIntro)}</p>
      {message && (
        <p role="status" className="field-message">
          {message}
        </p>
      )}
      {rows.size === 0 && projects !== null && <p>{t(frm.noProjects)}</p>}
      <ul className="field-centers" data-testid="field-projects">
        {[...rows.values()].map((p) => {
          const pkg = stored?.find((s) => s.projectId === p.id);
          return (
            <li key={p.id}>
              <strong>{p.name}</strong>
              {pkg && (
                <>
                  <span>{t(frm.informantCount, { n: pkg.pkg.informants.length })}</span>
                  <span>
                    {t(fm.downloaded, {
                      date: formatWhen(lang, pkg.downloadedAt),
                      size: formatBytes(pkg.bytes),
                    })}
                  </span>
                </>
              )}
              <div className="field-row">
                {online && (
                  <button type="button" disabled={busy !== null} onClick={() => download(p.id)}>
                    {busy === p.id ? t(fm.downloading) : pkg ? t(fm.refresh) : t(fm.download)}
                  </button>
                )}
                {pkg && (
                  <Link className="field-button" href={`/lapangan/proyek/${p.id}`}>
                    {t(frm.openProject)}
                  </Link>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
