import { useState } from 'react';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/Field.tsx';
import { am } from './messages.ts';

/** One thing a scope may hold: its id (a region code or a uuid) and how it is named. */
export interface ScopeItem {
  id: string;
  label: string;
}

interface Props {
  label: string;
  /** The chosen ids, in the order they were added. */
  value: string[];
  onChange(ids: string[]): void;
  /** Things matching `q` (at least 3 letters), from the API. */
  search(q: string, signal: AbortSignal): Promise<ScopeItem[]>;
  /** The name of one chosen id, for ids already chosen when the form opened. */
  nameOf(id: string, signal: AbortSignal): Promise<string>;
  error?: string;
}

/** A list of chosen regions, centres or enterprises, each added by searching its name and removable. */
export function ScopePicker({ label, value, onChange, search, nameOf, error }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [names, setNames] = useState<Record<string, string>>({});
  // An account opened for editing holds ids only; their names are read once, a failure keeps the id.
  const saved = useApi(
    async (signal) =>
      Object.fromEntries(
        await Promise.all(value.map(async (id) => [id, await nameOf(id, signal).catch(() => id)] as const)),
      ),
    [],
  );
  const query = q.trim();
  const results = useApi(
    (signal) => (query.length >= 3 ? search(query, signal) : Promise.resolve([])),
    [query],
  );
  const name = (id: string) => names[id] ?? saved.data?.[id] ?? id;
  return (
    <Field label={label} error={error} hint={t(am.searchHint)}>
      {(control) => (
        <div className="scope-picker">
          {value.length === 0 ? (
            <p className="muted small">{t(am.noneChosen)}</p>
          ) : (
            <ul className="chips">
              {value.map((id) => (
                <li key={id}>
                  {name(id)}{' '}
                  <button
                    type="button"
                    className="link"
                    aria-label={t(am.remove, { name: name(id) })}
                    onClick={() => onChange(value.filter((v) => v !== id))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            {...control}
            type="search"
            autoComplete="off"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          {(results.data ?? []).length > 0 && (
            <ul className="picker-results">
              {(results.data ?? [])
                .filter((item) => !value.includes(item.id))
                .map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      aria-label={t(am.add, { name: item.label })}
                      onClick={() => {
                        setNames((n) => ({ ...n, [item.id]: item.label }));
                        onChange([...value, item.id]);
                        setQ('');
                      }}
                    >
                      {item.label}
                    </button>
                  </li>
                ))}
            </ul>
          )}
        </div>
      )}
    </Field>
  );
}
