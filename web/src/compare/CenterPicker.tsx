import { useId } from 'react';
import { useCenterSearch } from '../api/use-center-search.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { m } from './messages.ts';

/** A chosen centre: id and the name to show. */
export interface Chosen {
  id: string;
  name: string;
}

interface Props {
  chosen: Chosen[];
  max: number;
  onChange(next: Chosen[]): void;
}

/** Search centres by name and keep a list of up to `max`; each result and each chosen centre is a button. */
export function CenterPicker({ chosen, max, onChange }: Props) {
  const { t } = useI18n();
  const { text, setText, searching, results } = useCenterSearch({ limit: 8, usableFor: 'members' });
  const inputId = useId();
  const hintId = useId();
  const isFull = chosen.length >= max;
  const found = (results.data?.items ?? []).filter((c) => !chosen.some((x) => x.id === c.id));
  return (
    <div className="center-picker">
      <label htmlFor={inputId}>{t(m.searchCenter)}</label>
      <input
        id={inputId}
        type="search"
        value={text}
        aria-describedby={hintId}
        onChange={(e) => setText(e.target.value)}
        disabled={isFull}
      />
      <p id={hintId} className="muted small">
        {isFull ? t(m.full, { max }) : t(m.searchHint)}
      </p>
      {searching && results.data && (
        <ul className="picker-results" aria-live="polite">
          {found.length === 0 && <li className="muted">{t(m.noMatch)}</li>}
          {found.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                disabled={isFull}
                aria-label={t(m.add, { name: c.name })}
                onClick={() => {
                  onChange([...chosen, { id: c.id, name: c.name }]);
                  setText('');
                }}
              >
                + {c.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t(m.chosen, { count: chosen.length, max })}</h3>
      {chosen.length === 0 ? (
        <p className="muted">{t(m.noneChosen)}</p>
      ) : (
        <ul className="chosen-list">
          {chosen.map((c) => (
            <li key={c.id}>
              <span>{c.name}</span>
              <button
                type="button"
                aria-label={t(m.remove, { name: c.name })}
                onClick={() => onChange(chosen.filter((x) => x.id !== c.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
