import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TextAreaField } from '../ui/Field.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { pm } from './project-messages.ts';

/** What a memo is written on, when it is not the project itself. */
export interface MemoTarget {
  kind: 'document' | 'code' | 'segment';
  id: string;
}

/**
 * Memos of a project, newest as the API orders them; members who code add one. Without a target: every memo
 * of the project (on the project, its documents, codes, segments), and a new one is on the project. With a
 * target: only the memos on that document, code or segment, and a new one is on it.
 */
export function ProjectMemos({
  projectId,
  mayWrite,
  target,
}: {
  projectId: string;
  mayWrite: boolean;
  target?: MemoTarget;
}) {
  const { t, lang } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [body, setBody] = useState('');
  const memos = useApi(
    (signal) => api.get('/research/projects/:id/memos', { params: { id: projectId }, signal }),
    [projectId],
  );
  const add = () =>
    run(async () => {
      await api.send('POST', '/research/projects/:id/memos', {
        params: { id: projectId },
        body: target
          ? { targetKind: target.kind, targetId: target.id, body }
          : { targetKind: 'project', body },
      });
      setBody('');
      memos.reload();
    });
  if (memos.error) return <ErrorView error={memos.error} onRetry={memos.reload} />;
  if (!memos.data) return <Loading />;
  const items = target
    ? memos.data.items.filter((m) => m.targetKind === target.kind && m.targetId === target.id)
    : memos.data.items;
  const Heading = target ? 'h3' : 'h2';
  return (
    <>
      <Heading>{t(pm.tabMemos)}</Heading>
      {items.length === 0 ? (
        <p className="muted">{t(pm.noMemos)}</p>
      ) : (
        <ul data-testid="memo-list">
          {items.map((m) => (
            <li key={m.id}>
              <p className="small muted">
                {m.authorName ?? t(pm.none)} · {formatDate(lang, m.createdAt)} ·{' '}
                {t(pm[`target_${m.targetKind}`])}
              </p>
              <p style={{ whiteSpace: 'pre-wrap' }}>{m.body}</p>
            </li>
          ))}
        </ul>
      )}
      {mayWrite && (
        <form
          className="card"
          data-testid="memo-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          {error && !fieldError('body') && (
            <div className="alert alert-error" role="alert">
              {error.message}
            </div>
          )}
          <TextAreaField
            label={t(target ? pm[`addMemo_${target.kind}`] : pm.addMemo)}
            required
            value={body}
            onChange={setBody}
            error={fieldError('body')}
          />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t(pm.save)}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
