import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { text, useSubmit } from '../entry/use-submit.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { pm } from './project-messages.ts';

/** The codebook's frozen versions; the lead saves the tree as it stands, with a note. */
export function CodebookVersions({ projectId, isLead }: { projectId: string; isLead: boolean }) {
  const { t, lang } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [note, setNote] = useState('');
  const versions = useApi(
    (signal) => api.get('/research/projects/:id/codebook-versions', { params: { id: projectId }, signal }),
    [projectId],
  );
  const save = () =>
    run(async () => {
      await api.send('POST', '/research/projects/:id/codebook-versions', {
        params: { id: projectId },
        body: { note: text(note) ?? null },
      });
      setNote('');
      versions.reload();
    });
  const items = versions.data?.items ?? [];
  return (
    <section>
      <h3>{t(pm.versions)}</h3>
      {items.length === 0 ? (
        <p className="muted">{t(pm.noVersions)}</p>
      ) : (
        <ul data-testid="codebook-versions">
          {items.map((v) => (
            <li key={v.id}>
              {t(pm.versionLine, { n: v.number, date: formatDate(lang, v.createdAt), codes: v.codes })}
              {v.note && <span className="muted"> — {v.note}</span>}
            </li>
          ))}
        </ul>
      )}
      {isLead && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          {error && !fieldError('note') && (
            <div className="alert alert-error" role="alert">
              {error.message}
            </div>
          )}
          <InputField label={t(pm.versionNote)} value={note} onChange={setNote} error={fieldError('note')} />
          <div className="form-actions">
            <button type="submit" disabled={busy}>
              {t(pm.saveVersion)}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
