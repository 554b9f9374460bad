import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { pm } from './project-messages.ts';

/** One choice of a check list. */
export interface Choice {
  id: string;
  label: string;
}

interface Props {
  legend: string;
  choices: Choice[];
  selected: string[];
  onChange(selected: string[]): void;
  /** The API's message for the list, shown under it. */
  error?: string;
  hint?: string;
  /** Offers a filter box above the choices (for long lists, such as centres). */
  filterable?: boolean;
}

/** A fieldset of checkboxes choosing several ids (centres, informants, coders…), with an optional filter. */
export function CheckList({ legend, choices, selected, onChange, error, hint, filterable }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle
    ? choices.filter((c) => selected.includes(c.id) || c.label.toLocaleLowerCase().includes(needle))
    : choices;
  const toggle = (choice: string, on: boolean) =>
    onChange(on ? [...selected, choice] : selected.filter((s) => s !== choice));
  return (
    <fieldset
      className="check-list"
      aria-describedby={[error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined}
    >
      <legend>{legend}</legend>
      {filterable && (
        <input
          type="search"
          aria-label={`${t(pm.filter)}: ${legend}`}
          placeholder={t(pm.filter)}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      <div className="check-list-items">
        {shown.map((c) => (
          <label key={c.id} className="inline">
            <input
              type="checkbox"
              checked={selected.includes(c.id)}
              onChange={(e) => toggle(c.id, e.target.checked)}
            />
            {c.label}
          </label>
        ))}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="muted small hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
