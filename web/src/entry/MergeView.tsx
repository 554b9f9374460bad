import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { type Choice, mergeDecided } from './merge.ts';
import { m } from './messages.ts';
import type { Conflict } from './use-record-save.ts';

interface Props<V> {
  conflict: Conflict<V>;
  /** Each field's label as the form shows it. */
  labels: Record<keyof V & string, string>;
  /** A value as a person reads it (an option's label rather than its code); text as is by default. */
  show?(key: keyof V & string, value: unknown): string;
  busy: boolean;
  onResolve(choices: Partial<Record<keyof V, Choice>>): void;
}

/**
 * "Someone changed this meanwhile": each field the other person changed, their value against the user's,
 * with a choice per field. A field both changed has no preset choice, so nothing is overwritten unasked.
 */
export function MergeView<V>({ conflict, labels, show, busy, onResolve }: Props<V>) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<Partial<Record<keyof V, Choice>>>({});
  const shown = (key: keyof V & string, value: unknown) => {
    const text = show ? show(key, value) : Array.isArray(value) ? value.join(', ') : String(value ?? '');
    return text.trim() === '' ? t(m.emptyValue) : text;
  };
  const decided = mergeDecided(conflict.merge, choices);
  return (
    <section className="merge-view card" aria-labelledby="merge-title" data-testid="merge-view">
      <h2 id="merge-title">{t(m.conflictTitle)}</h2>
      <p>{t(m.conflictIntro)}</p>
      {conflict.merge.changes.map((change) => {
        const chosen = choices[change.key] ?? (change.conflict ? undefined : 'theirs');
        const pick = (choice: Choice) => setChoices((c) => ({ ...c, [change.key]: choice }));
        return (
          <fieldset key={change.key} className={change.conflict ? 'merge-field conflict' : 'merge-field'}>
            <legend>
              {labels[change.key]}{' '}
              <span className="muted small">{t(change.conflict ? m.bothChanged : m.onlyTheyChanged)}</span>
            </legend>
            <label className="inline">
              <input
                type="radio"
                name={`merge-${change.key}`}
                checked={chosen === 'theirs'}
                onChange={() => pick('theirs')}
              />{' '}
              {t(m.keepTheirs, { value: shown(change.key, change.theirs) })}
            </label>
            <label className="inline">
              <input
                type="radio"
                name={`merge-${change.key}`}
                checked={chosen === 'mine'}
                onChange={() => pick('mine')}
              />{' '}
              {/* The user left it alone: "mine" is the value both started from. */}
              {t(change.conflict ? m.useMine : m.putBack, { value: shown(change.key, change.mine) })}
            </label>
          </fieldset>
        );
      })}
      {!decided && <p className="muted">{t(m.chooseEach)}</p>}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || !decided}
          onClick={() => onResolve(choices)}
        >
          {busy ? t(m.saving) : t(m.saveChoices)}
        </button>
      </div>
    </section>
  );
}
