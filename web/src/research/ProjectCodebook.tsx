import { useState } from 'react';
import type { Code } from '../../../src/research/coding.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { CodebookVersions } from './CodebookVersions.tsx';
import { CodeForm } from './CodeForm.tsx';
import { CodeSegments } from './CodeSegments.tsx';
import { pm } from './project-messages.ts';

/**
 * The project's code tree (themes and codes with colours, definitions, examples and how often each is
 * used), retrieval of a code's segments, and for the lead: adding and editing codes, saving a version.
 */
export function ProjectCodebook({
  projectId,
  isLead,
  mayMemo,
}: {
  projectId: string;
  isLead: boolean;
  /** May write memos on codes and segments (coders and the lead). */
  mayMemo: boolean;
}) {
  const { t } = useI18n();
  const codes = useApi(
    (signal) => api.get('/research/projects/:id/codes', { params: { id: projectId }, signal }),
    [projectId],
  );
  const frequencies = useApi(
    (signal) => api.get('/research/projects/:id/code-frequencies', { params: { id: projectId }, signal }),
    [projectId],
  );
  const [editing, setEditing] = useState<Code | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  if (codes.error) return <ErrorView error={codes.error} onRetry={codes.reload} />;
  if (!codes.data) return <Loading />;
  const all = codes.data.items.filter((c) => !c.archived);
  const shortcut = new Map(all.filter((c) => c.codable).map((c, i) => [c.id, i + 1]));
  const used = new Map((frequencies.data?.items ?? []).map((f) => [f.codeId, f.segments]));
  const childrenOf = (parentId: string | null) => all.filter((c) => c.parentId === parentId);
  const saved = () => {
    setEditing(null);
    codes.reload();
  };
  const tree = (parentId: string | null) => (
    <ul className={parentId === null ? 'code-tree' : undefined}>
      {childrenOf(parentId).map((c) => {
        const n = shortcut.get(c.id);
        return (
          <li key={c.id} data-code={c.name}>
            <span
              className="code-swatch"
              style={{ background: c.color ?? 'transparent' }}
              aria-hidden="true"
            />
            <strong>{c.name}</strong>
            {c.glossEn && <span className="muted"> ({c.glossEn})</span>}
            {n !== undefined && n <= 9 && <span className="badge"> {n}</span>}
            {!c.codable && <span className="muted small"> · {t(pm.theme)}</span>}
            {c.codable && (
              <>
                {' · '}
                <button
                  type="button"
                  className="link"
                  aria-expanded={open === c.id}
                  aria-label={t(pm.showSegments, { name: c.name })}
                  onClick={() => setOpen(open === c.id ? null : c.id)}
                >
                  {t(pm.segmentsOfCode, { n: used.get(c.id) ?? 0 })}
                </button>
              </>
            )}
            {isLead && (
              <>
                {' '}
                <button
                  type="button"
                  aria-label={t(pm.editCode, { name: c.name })}
                  onClick={() => setEditing(c)}
                >
                  {t(pm.edit)}
                </button>
              </>
            )}
            {c.definition && <p className="small">{c.definition}</p>}
            {c.examples && <p className="small muted">“{c.examples}”</p>}
            {open === c.id && <CodeSegments codeId={c.id} projectId={projectId} mayMemo={mayMemo} />}
            {childrenOf(c.id).length > 0 && tree(c.id)}
          </li>
        );
      })}
    </ul>
  );
  return (
    <>
      <h2>{t(pm.tabCodebook)}</h2>
      <p className="muted">{t(pm.codebookIntro)}</p>
      <div data-testid="code-tree">{tree(null)}</div>
      {isLead && (
        <CodeForm
          key={editing?.id ?? 'new'}
          projectId={projectId}
          codes={all}
          existing={editing}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      )}
      <CodebookVersions projectId={projectId} isLead={isLead} />
    </>
  );
}
