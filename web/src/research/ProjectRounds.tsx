import { useState } from 'react';
import type { ProjectDetail } from '../../../src/research/projects.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { text, useSubmit } from '../entry/use-submit.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { CheckList } from './CheckList.tsx';
import { pm } from './project-messages.ts';

/** The project's coding rounds, each linked to its page; the lead opens one (documents × coders, blind or not). */
export function ProjectRounds({ project, isLead }: { project: ProjectDetail; isLead: boolean }) {
  const { t, lang } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const rounds = useApi(
    (signal) => api.get('/research/projects/:id/rounds', { params: { id: project.id }, signal }),
    [project.id],
  );
  const documents = useApi(
    async (signal) =>
      isLead ? api.get('/research/projects/:id/documents', { params: { id: project.id }, signal }) : null,
    [project.id, isLead],
  );
  const [name, setName] = useState('');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [coderIds, setCoderIds] = useState<string[]>([]);
  const [blind, setBlind] = useState(true);
  const open = () =>
    run(async () => {
      await api.send('POST', '/research/projects/:id/rounds', {
        params: { id: project.id },
        body: { name: text(name), documentIds, coderIds, blind },
      });
      setName('');
      setDocumentIds([]);
      setCoderIds([]);
      rounds.reload();
    });
  if (rounds.error) return <ErrorView error={rounds.error} onRetry={rounds.reload} />;
  if (!rounds.data) return <Loading />;
  const coders = project.members.filter((m) => m.role === 'coder' || m.role === 'lead');
  return (
    <>
      <h2>{t(pm.tabRounds)}</h2>
      {rounds.data.items.length === 0 ? (
        <p className="muted">{t(pm.noRounds)}</p>
      ) : (
        <ul data-testid="round-list">
          {rounds.data.items.map((r) => (
            <li key={r.id}>
              <Link href={`/penelitian/putaran/${r.id}`}>{r.name}</Link>{' '}
              <span className="badge">{r.open ? t(pm.openShort) : t(pm.closedShort)}</span>
              {r.blind && <span className="badge">{t(pm.blindShort)}</span>}
              <span className="muted small">
                {' '}
                {formatDate(lang, r.openedAt)} ·{' '}
                {t(pm.roundLine, { docs: r.documents.length, coders: r.coders.length })} (
                {r.coders.map((c) => c.name).join(', ')})
              </span>
            </li>
          ))}
        </ul>
      )}
      {isLead && (
        <form
          className="card"
          data-testid="round-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void open();
          }}
        >
          <h3>{t(pm.openRound)}</h3>
          {error && (
            <div className="alert alert-error" role="alert">
              {error.message}
            </div>
          )}
          <InputField
            label={t(pm.roundName)}
            required
            value={name}
            onChange={setName}
            error={fieldError('name')}
          />
          <CheckList
            legend={t(pm.roundDocuments)}
            choices={(documents.data?.items ?? []).map((d) => ({ id: d.id, label: d.title }))}
            selected={documentIds}
            onChange={setDocumentIds}
            error={fieldError('documentIds')}
          />
          <CheckList
            legend={t(pm.roundCoders)}
            choices={coders.map((m) => ({ id: m.userId, label: m.displayName }))}
            selected={coderIds}
            onChange={setCoderIds}
            error={fieldError('coderIds')}
          />
          <label className="inline">
            <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />
            {t(pm.blind)}
          </label>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t(pm.openRound)}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
