import { useEffect, useState } from 'react';
import type { FieldConflict, FieldEnterpriseValues } from '../../../src/field/field.schema.ts';
import { ApiError } from '../api/client.ts';
import type { Message } from '../i18n/i18n.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { fetchConflicts, resolveConflict } from './field-api.ts';
import { fm } from './messages.ts';

/** Names of the profile fields the offline form changes; any other shows its key. */
const FIELD_NAMES: Partial<Record<keyof FieldEnterpriseValues, Message>> = {
  name: fm.name,
  ownerName: fm.owner,
  products: fm.products,
  phone: fm.phone,
  address: fm.address,
};

function show(value: FieldEnterpriseValues[keyof FieldEnterpriseValues]): string {
  if (value === null || value === undefined) return '–';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The user's open conflicts: mine against the server's values, field by field, and a choice per conflict. */
export function ConflictList({ tick }: { tick: number }) {
  const { t } = useI18n();
  const [items, setItems] = useState<FieldConflict[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the sync screen asks (tick).
  useEffect(() => {
    fetchConflicts().then(setItems, () => setItems(null));
  }, [tick, reload]);
  const resolve = async (conflict: FieldConflict, keep: 'mine' | 'theirs') => {
    setMessage(null);
    try {
      await resolveConflict(conflict.id, { keep, version: conflict.currentVersion });
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
        const keys = [
          ...new Set([...Object.keys(c.mine), ...Object.keys(c.theirs)]),
        ] as (keyof FieldEnterpriseValues)[];
        return (
          <section key={c.id} className="field-list">
            <p>{t(fm.conflictIntro, { firm: c.enterpriseName })}</p>
            <table>
              <thead>
                <tr>
                  <th>{t(fm.field)}</th>
                  <th>{t(fm.mine)}</th>
                  <th>{t(fm.theirs)}</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k}>
                    <td>{FIELD_NAMES[k] ? t(FIELD_NAMES[k]) : k}</td>
                    <td>{show(c.mine[k])}</td>
                    <td>{show(c.theirs[k])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="field-row">
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
