import '../entry/entry.css';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { vm } from './messages.ts';

/** One firm or institution that may be picked. */
export interface Choice {
  id: string;
  name: string;
}

/**
 * A checklist of the centre's firms or institutions with a filter above it: a centre may have hundreds of
 * firms, so the list scrolls in a box and the filter narrows it by name; the picked ones stay listed even
 * when the filter hides them from the box. Plain checkboxes, so Tab and Space work; the server's refusal
 * (a firm outside the centre) is shown under the list and announced with it.
 */
export function BeneficiaryPicker({
  legend,
  choices,
  value,
  onChange,
  error,
  testId,
}: {
  legend: string;
  choices: readonly Choice[];
  value: readonly string[];
  onChange(next: string[]): void;
  error?: string | undefined;
  testId: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase();
  const shown = needle ? choices.filter((c) => c.name.toLocaleLowerCase().includes(needle)) : choices;
  const picked = new Set(value);
  const hiddenPicked = choices.filter((c) => picked.has(c.id) && !shown.includes(c));
  const toggle = (choice: string, on: boolean) =>
    onChange(on ? [...value, choice] : value.filter((v) => v !== choice));
  const errorId = error ? `${id}-error` : undefined;
  const box = (list: readonly Choice[]) =>
    list.map((c) => (
      <label key={c.id} className="inline">
        <input
          type="checkbox"
          name={testId}
          value={c.id}
          checked={picked.has(c.id)}
          onChange={(e) => toggle(c.id, e.target.checked)}
        />{' '}
        {c.name}
      </label>
    ));
  return (
    <fieldset
      className="checkbox-group scrolling"
      data-testid={testId}
      aria-invalid={error ? true : undefined}
      aria-describedby={errorId}
    >
      <legend>
        {legend} <span className="muted small">({t(vm.picked, { n: value.length })})</span>
      </legend>
      {choices.length === 0 ? (
        <p className="muted small">{t(vm.noChoices)}</p>
      ) : (
        <>
          {choices.length > 8 && (
            <p>
              <label htmlFor={`${id}-filter`} className="small">
                {t(vm.filter)}
              </label>{' '}
              <input
                id={`${id}-filter`}
                type="search"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
              />
            </p>
          )}
          {hiddenPicked.length > 0 && <div className="checkbox-options-picked">{box(hiddenPicked)}</div>}
          <div className="checkbox-options">
            {shown.length > 0 ? box(shown) : <span className="muted small">{t(vm.noMatch)}</span>}
          </div>
        </>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
