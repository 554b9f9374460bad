import type { FieldConflict, FieldEnterpriseValues } from '../../../src/field/field.schema.ts';
import { sameValue } from '../entry/merge.ts';

/** A profile field of a conflict. */
export type ConflictKey = keyof FieldEnterpriseValues;

/**
 * How one field of a conflict is settled: `mine` — only the collector changed it, kept; `theirs` — only
 * the server changed it (the collector's value is what it was), kept; `same` — both hold the same value;
 * `ask` — both changed it differently (or the start is unknown): the user picks.
 */
export type FieldOutcome = 'mine' | 'theirs' | 'same' | 'ask';

/** One field of a conflict with both values and how it is settled. */
export interface ConflictField {
  key: ConflictKey;
  mine: unknown;
  theirs: unknown;
  outcome: FieldOutcome;
}

/** The fields of a conflict, each settled by a three-way comparison with the values the collector started from. */
export function conflictFields(conflict: Pick<FieldConflict, 'mine' | 'theirs' | 'base'>): ConflictField[] {
  return (Object.keys(conflict.mine) as ConflictKey[]).map((key) => {
    const mine = conflict.mine[key];
    const theirs = conflict.theirs[key];
    const known = conflict.base !== null && key in conflict.base;
    const base = conflict.base?.[key];
    let outcome: FieldOutcome = 'ask';
    if (sameValue(mine, theirs)) outcome = 'same';
    else if (known && sameValue(theirs, base)) outcome = 'mine';
    else if (known && sameValue(mine, base)) outcome = 'theirs';
    return { key, mine, theirs, outcome };
  });
}

/** The values to write: each field as settled, or as the user picked where asked; null while one is unpicked. */
export function mergedValues(
  fields: ConflictField[],
  picks: Partial<Record<ConflictKey, 'mine' | 'theirs'>>,
): Record<string, unknown> | null {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const side = field.outcome === 'ask' ? picks[field.key] : field.outcome === 'mine' ? 'mine' : 'theirs';
    if (!side) return null;
    values[field.key] = side === 'mine' ? field.mine : field.theirs;
  }
  return values;
}
