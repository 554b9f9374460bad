import { useState } from 'react';
import type { WhatIfEditInput, WhatIfResult, WhatIfSide } from '../../../src/scenarios/what-if.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { formatMeasure } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView } from '../ui/status.tsx';
import { wim } from './whatif-messages.ts';

type Action = WhatIfEditInput['action'];
const ACTIONS: Action[] = ['resolveConflict', 'addTie', 'removeFirm', 'joinInstitution'];

function editOf(action: Action, a: string, b: string): WhatIfEditInput {
  if (action === 'addTie') return { action, a, b, type: 'ORDER_SHARING' };
  if (action === 'removeFirm') return { action, firm: a };
  if (action === 'joinInstitution') return { action, institution: a };
  return { action, a, b };
}

/**
 * The what-if panel of a centre's network: edits, today | after, suggestions, saved scenarios. Each
 * answer also goes to `onResult` (null when cleared), so the drawing can highlight what changed.
 */
export function WhatIfPanel({
  centerId,
  names,
  onResult,
}: {
  centerId: string;
  names: Map<string, string>;
  onResult?(result: WhatIfResult | null, edits: WhatIfEditInput[]): void;
}) {
  const { t, lang } = useI18n();
  const { may } = useSession();
  const [action, setAction] = useState<Action>('resolveConflict');
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [edits, setEdits] = useState<WhatIfEditInput[]>([]);
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [name, setName] = useState('');
  const suggestions = useApi(
    (signal) =>
      api.get('/centers/:id/what-if/suggestions', { params: { id: centerId }, query: { k: 5 }, signal }),
    [centerId],
  );
  const scenarios = useApi(
    (signal) => api.get('/centers/:id/scenarios', { params: { id: centerId }, query: {}, signal }),
    [centerId],
  );
  if (!may((x) => x.whatIf.simulate)) return null;
  const options = [...names.entries()].sort((x, y) => x[1].localeCompare(y[1]));

  const run = async (next: WhatIfEditInput[]) => {
    setEdits(next);
    setError(null);
    try {
      const answer = await api.send('POST', '/centers/:id/what-if', {
        params: { id: centerId },
        body: { edits: next },
      });
      setResult(answer);
      onResult?.(answer, next);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  const save = async () => {
    try {
      await api.send('POST', '/centers/:id/scenarios', { params: { id: centerId }, body: { name, edits } });
      setName('');
      scenarios.reload();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  const label = (edit: WhatIfEditInput) => {
    const ends = 'firm' in edit ? [edit.firm] : 'institution' in edit ? [edit.institution] : [edit.a, edit.b];
    return `${t(wim[edit.action])}: ${ends.map((id) => names.get(id) ?? id).join(' – ')}`;
  };
  const rows: [string, (s: WhatIfSide) => string][] = [
    [t(wim.pattern), (s) => s.pattern.label[lang]],
    [t(wim.components), (s) => `${s.components} / ${s.collaborationComponents}`],
    [
      t(wim.density),
      (s) =>
        `${formatMeasure(lang, 'collaborationDensity', s.collaborationDensity)} / ${formatMeasure(lang, 'conflictDensity', s.conflictDensity)}`,
    ],
    [t(wim.frustration), (s) => formatMeasure(lang, 'frustration', s.frustration)],
    [t(wim.camps), (s) => (s.camps ? `${s.camps[0].length} / ${s.camps[1].length}` : '—')],
    [t(wim.brokers), (s) => s.brokers.map((x) => x.label).join(', ') || '—'],
  ];

  return (
    <section className="what-if" data-testid="what-if">
      <h2>{t(wim.title)}</h2>
      <p className="muted small">{t(wim.intro)}</p>
      <label>
        {t(wim.action)}{' '}
        <select
          value={action}
          onChange={(e) => setAction(e.target.value as Action)}
          data-testid="what-if-action"
        >
          {ACTIONS.map((x) => (
            <option key={x} value={x}>
              {t(wim[x])}
            </option>
          ))}
        </select>
      </label>
      {[
        ['a', a, setA, wim.nodeA],
        ['b', b, setB, wim.nodeB],
      ].map(([key, value, set, text]) =>
        key === 'b' && (action === 'removeFirm' || action === 'joinInstitution') ? null : (
          <label key={key as string}>
            {t(text as typeof wim.nodeA)}{' '}
            <select
              value={value as string}
              onChange={(e) => (set as (v: string) => void)(e.target.value)}
              data-testid={`what-if-${key}`}
            >
              <option value="" />
              {options.map(([id, n]) => (
                <option key={id} value={id}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        ),
      )}
      <button
        type="button"
        disabled={!a}
        onClick={() => run([...edits, editOf(action, a, b)])}
        data-testid="what-if-add"
      >
        {t(wim.add)}
      </button>
      {edits.length > 0 && (
        <>
          <h3>{t(wim.edits)}</h3>
          <ol>
            {edits.map((edit) => (
              <li key={JSON.stringify(edit)}>{label(edit)}</li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() => {
              setEdits([]);
              setResult(null);
              onResult?.(null, []);
            }}
          >
            {t(wim.clear)}
          </button>
        </>
      )}
      {error && <ErrorView error={error} />}
      {result && (
        <table data-testid="what-if-result">
          <thead>
            <tr>
              <th>{t(wim.measure)}</th>
              <th>{t(wim.today)}</th>
              <th>{t(wim.after)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([text, cell]) => (
              <tr key={text}>
                <th>{text}</th>
                <td>{cell(result.before)}</td>
                <td>{cell(result.after)}</td>
              </tr>
            ))}
          </tbody>
          <caption>{t(wim.changed, { n: result.changes.length })}</caption>
        </table>
      )}
      {may((x) => x.whatIf.save) && edits.length > 0 && (
        <p>
          <label>
            {t(wim.name)}{' '}
            <input value={name} onChange={(e) => setName(e.target.value)} data-testid="what-if-name" />
          </label>{' '}
          <button type="button" disabled={!name.trim()} onClick={save}>
            {t(wim.save)}
          </button>
        </p>
      )}
      <h3>{t(wim.suggestions)}</h3>
      <ol data-testid="what-if-suggestions">
        {[...(suggestions.data?.conflicts ?? []), ...(suggestions.data?.ties ?? [])].map((s) => (
          <li key={`${s.kind}-${s.aLabel}-${s.bLabel}`}>
            {s.reason[lang]}{' '}
            <button type="button" onClick={() => run([...edits, s.edit])}>
              {t(wim.apply)}
            </button>
          </li>
        ))}
      </ol>
      <h3>{t(wim.saved)}</h3>
      {scenarios.data?.items.length ? (
        <ul>
          {scenarios.data.items.map((s) => (
            <li key={s.id}>
              {s.name}{' '}
              <button type="button" onClick={() => run(s.edits)}>
                {t(wim.open)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t(wim.none)}</p>
      )}
    </section>
  );
}
