import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { FirmRef } from '../../../src/field/field.schema.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { type MemberIndex, type PickableFirm, searchMembers } from './member-search.ts';
import { fm } from './messages.ts';

/** How a change refers to a picked firm: by server id, or by the change that records it on this phone. */
export function firmRef(firm: PickableFirm): FirmRef {
  return firm.id ? { id: firm.id } : { clientChangeId: firm.clientChangeId ?? '' };
}

/** A firm's key in lists (server id or client change id). */
export function firmKey(firm: PickableFirm): string {
  return firm.id ?? firm.clientChangeId ?? firm.name;
}

/**
 * Picks a firm from the centre's member list, searched in memory by name, village and product (the index
 * was folded once: each keystroke scans 1,500 strings well under 50 ms on a slow phone).
 */
export function MemberPicker({
  label,
  index,
  value,
  onPick,
  onlyKnown = false,
  testId,
}: {
  label: string;
  index: MemberIndex;
  value: PickableFirm | null;
  onPick(firm: PickableFirm | null): void;
  /** Offer only firms the server knows (a profile update needs the record's version). */
  onlyKnown?: boolean;
  testId?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const hits = useMemo(
    () => searchMembers(index, deferred, 40).filter((f) => !onlyKnown || f.id !== null),
    [index, deferred, onlyKnown],
  );
  if (value) {
    return (
      <div className="field-picked" data-testid={testId}>
        <span>{t(fm.picked, { name: value.name })}</span>
        <button type="button" onClick={() => onPick(null)}>
          {t(fm.change)}
        </button>
      </div>
    );
  }
  return (
    <fieldset className="field-picker" data-testid={testId}>
      <legend>{label}</legend>
      <label htmlFor={id}>{t(fm.search)}</label>
      <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul>
        {hits.map((firm) => (
          <li key={firmKey(firm)}>
            <button
              type="button"
              onClick={() => {
                onPick(firm);
                setQuery('');
              }}
            >
              <strong>{firm.name}</strong>
              <small>
                {[firm.villageName, firm.products, firm.id ? null : t(fm.localFirm)]
                  .filter(Boolean)
                  .join(' · ')}
              </small>
            </button>
          </li>
        ))}
      </ul>
      {hits.length === 0 && <p>{t(fm.noMatch)}</p>}
    </fieldset>
  );
}
