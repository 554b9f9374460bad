import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from '../ui/Field.tsx';
import { m } from './messages.ts';

/** One pickable party (a member firm or an institution). */
export interface Party {
  id: string;
  name: string;
}

interface Props {
  label: string;
  parties: Party[];
  value: string;
  onChange(id: string): void;
  error?: string | undefined;
  hint?: string | undefined;
}

/** A search box narrowing a list of parties, and the list itself as a select (keyboard friendly). */
export function MemberSelect({ label, parties, value, onChange, error, hint }: Props) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const searchId = useId();
  const needle = q.trim().toLowerCase();
  const shown = parties.filter((p) => p.id === value || !needle || p.name.toLowerCase().includes(needle));
  return (
    <div className="member-select">
      <label htmlFor={searchId} className="small">
        {t(m.findMember)} — {label}
      </label>
      <input id={searchId} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      <Field label={label} required error={error} hint={hint}>
        {(control) => (
          <select
            {...control}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            size={Math.min(6, Math.max(2, shown.length + 1))}
          >
            <option value="">{t(m.pickOne)}</option>
            {shown.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
