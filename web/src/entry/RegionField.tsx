import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/Field.tsx';
import { m } from './messages.ts';

const CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

interface Props {
  label: string;
  value: string;
  onChange(code: string): void;
  error?: string;
  required?: boolean;
}

/** A village (or district) chosen by searching its name in /api/regions, or by typing its code. */
export function RegionField({ label, value, onChange, error, required }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState(value);
  const [chosenName, setChosenName] = useState<string | null>(null);
  const query = q.trim();
  const searching = query.length >= 3 && !CODE.test(query) && chosenName === null;
  const results = useApi(
    (signal) =>
      searching ? api.get('/regions', { query: { q: query, limit: 8 }, signal }) : Promise.resolve(null),
    [query, searching],
  );
  const type = (next: string) => {
    setQ(next);
    setChosenName(null);
    onChange(CODE.test(next.trim()) ? next.trim() : '');
  };
  const items = (results.data?.items ?? []).filter(
    (r) => r.level !== 'province' && r.level !== 'regency' && r.level !== 'city',
  );
  return (
    <Field label={label} error={error} required={required} hint={t(m.villageHint)}>
      {(control) => (
        <div className="region-field">
          <input
            {...control}
            type="search"
            autoComplete="off"
            value={q}
            onChange={(e) => type(e.target.value)}
          />
          {chosenName && value && (
            <p className="small">{t(m.regionChosen, { name: chosenName, code: value })}</p>
          )}
          {searching && items.length > 0 && (
            <ul className="picker-results">
              {items.map((r) => (
                <li key={r.code}>
                  <button
                    type="button"
                    aria-label={t(m.pick, { name: `${r.name} (${r.code})` })}
                    onClick={() => {
                      setQ(`${r.name} (${r.code})`);
                      setChosenName(r.name);
                      onChange(r.code);
                    }}
                  >
                    {r.name} <span className="muted small">{r.code}</span>
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
