import { useEffect, useState } from 'react';
import type { FieldConflict, FieldConflictResolve } from '../../../src/field/field.schema.ts';
import { ApiError } from '../api/client.ts';
import type { Message } from '../i18n/i18n.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { type ConflictField, type ConflictKey, conflictFields, mergedValues } from './conflict-merge.ts';
import { fetchConflicts, resolveConflict } from './field-api.ts';
import { fm } from './messages.ts';

/** Names of the profile fields the offline form changes; any other shows its key. */
const FIELD_NAMES: Partial<Record<ConflictKey, Message>> = {
  name: fm.name,
  ownerName: fm.owner,
  products: fm.products,
  phone: fm.phone,
  address: fm.address,
};

const OUTCOMES = {
  mine: fm.outcomeMine,
  theirs: fm.outcomeTheirs,
  same: fm.outcomeSame,
  ask: fm.outcomeAsk,
} as const;

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

type Picks = Partial<Record<ConflictKey, 'mine' | 'theirs'>>;

/** One field of a conflict: both values, and either how it was settled or a choice between them. */
function FieldChoice({
  conflictId,
  field,
  pick,
  onPick,
}: {
  conflictId: string;
  field: ConflictField;
  pick: 'mine' | 'theirs' | undefined;
  onPick(side: 'mine' | 'theirs'): void;
}) {
  const { t } = useI18n();
  const name = FIELD_NAMES[field.key] ? t(FIELD_NAMES[field.key] as Message) : field.key;
  return (
    <fieldset className="field-merge" data-outcome={field.outcome}>
      <legend>
        {name} <small>{t(OUTCOMES[field.outcome])}</small>
      </legend>
      {field.outcome === 'ask' ? (
        (['mine', 'theirs'] as const).map((side) => (
          <label key={side} className="field-pick">
            <input
              type="radio"
              name={`${conflictId}-${field.key}`}
              checked={pick === side}
              onChange={() => onPick(side)}
            />
            {t(side === 'mine' ? fm.pickMine : fm.pickTheirs, { value: show(field[side]) })}
          </label>
        ))
      ) : (
        <p>
          {field.outcome === 'theirs' ? show(field.theirs) : show(field.mine)}
          {field.outcome === 'mine' && (
            <small className="field-muted">
              {' '}
              ({t(fm.theirs)}: {show(field.theirs)})
            </small>
          )}
        </p>
      )}
    </fieldset>
  );
}

/**
 * The user's open conflicts, field by field: a field only one side changed is settled by itself and shown
 * as such, a field both changed differently is picked (mine or the server's); or the whole record either way.
 */
export function ConflictList({ tick }: { tick: number }) {
  const { t } = useI18n();
  const [items, setItems] = useState<FieldConflict[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [picks, setPicks] = useState<Record<string, Picks>>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the sync screen asks (tick).
  useEffect(() => {
    fetchConflicts().then(setItems, () => setItems(null));
  }, [tick, reload]);
  const resolve = async (
    conflict: FieldConflict,
    keep: 'mine' | 'theirs' | 'merged',
    merged?: Record<string, unknown>,
  ) => {
    setMessage(null);
    try {
      await resolveConflict(conflict.id, {
        keep,
        version: conflict.currentVersion,
        ...(merged && { merged: merged as FieldConflictResolve['merged'] }),
      });
      setMessage(t(fm.resolved));
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : String(error));
    }
    setReload((n) => n + 1);
  };
  if (!items) return null;
  return (
    <div data-testid="field-conflicts">
      {message && (
        <p role="status" className="field-message">
          {message}
        </p>
      )}
      {items.length === 0 && <p>{t(fm.noConflicts)}</p>}
      {items.map((c) => {
        const fields = conflictFields(c);
        const chosen = picks[c.id] ?? {};
        const merged = mergedValues(fields, chosen);
        return (
          <section key={c.id} className="field-list" data-testid="field-conflict">
            <p>{t(fm.conflictIntro, { firm: c.enterpriseName })}</p>
            {fields.map((field) => (
              <FieldChoice
                key={field.key}
                conflictId={c.id}
                field={field}
                pick={chosen[field.key]}
                onPick={(side) => setPicks((all) => ({ ...all, [c.id]: { ...chosen, [field.key]: side } }))}
              />
            ))}
            <div className="field-row">
              <button type="button" disabled={!merged} onClick={() => merged && resolve(c, 'merged', merged)}>
                {t(fm.saveChoices)}
              </button>
              <button type="button" onClick={() => resolve(c, 'mine')}>
                {t(fm.keepMine)}
              </button>
              <button type="button" onClick={() => resolve(c, 'theirs')}>
                {t(fm.keepTheirs)}
              </button>
            </div>
          </section>
        );
      })}
    </div>
  );
}
