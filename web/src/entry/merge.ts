/**
 * Three-way merge of a record edited while someone else saved it: `original` is what the user loaded,
 * `theirs` what is stored now, `mine` what the user typed. Pure, so the conflict screen and its tests
 * share one meaning of "changed".
 */

/** Whose value a field keeps after a conflict. */
export type Choice = 'theirs' | 'mine';

/** One field the other person changed: `conflict` when the user changed it too, to something else. */
export interface FieldChange<K extends string = string> {
  key: K;
  original: unknown;
  theirs: unknown;
  mine: unknown;
  conflict: boolean;
}

/** The fields to show the user, in the record's key order. */
export interface Merge<V> {
  original: V;
  theirs: V;
  mine: V;
  changes: FieldChange<keyof V & string>[];
}

/**
 * Equal as stored: lists compare as sets (a ticked box order means nothing; KBLI lines are compared whole),
 * everything else by JSON.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const asSet = (list: unknown[]) => JSON.stringify(list.map((v) => JSON.stringify(v)).sort());
    return asSet(a) === asSet(b);
  }
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields the other person changed since `original`, marking those the user changed differently. */
export function threeWayMerge<V extends Record<string, unknown>>(original: V, theirs: V, mine: V): Merge<V> {
  const changes: FieldChange<keyof V & string>[] = [];
  for (const key of Object.keys(original) as (keyof V & string)[]) {
    if (sameValue(original[key], theirs[key])) continue;
    const userChanged = !sameValue(original[key], mine[key]);
    // Both made the same change: nothing to decide.
    if (userChanged && sameValue(theirs[key], mine[key])) continue;
    changes.push({
      key,
      original: original[key],
      theirs: theirs[key],
      mine: mine[key],
      conflict: userChanged,
    });
  }
  return { original, theirs, mine, changes };
}

/**
 * The values to save against `theirs`: the user's own edits where the other person left the field alone,
 * and for each field they changed, the value the user chose (theirs unless `mine` was picked).
 */
export function resolveMerge<V extends Record<string, unknown>>(
  merge: Merge<V>,
  choices: Partial<Record<keyof V, Choice>>,
): V {
  const result = { ...merge.mine };
  for (const change of merge.changes) {
    result[change.key] = choices[change.key] === 'mine' ? merge.mine[change.key] : merge.theirs[change.key];
  }
  return result;
}

/** True once every field both people changed has a choice (the other person's value never goes silently). */
export function mergeDecided<V>(merge: Merge<V>, choices: Partial<Record<keyof V, Choice>>): boolean {
  return merge.changes.every((c) => !c.conflict || choices[c.key] !== undefined);
}

/**
 * The fields of `next` that differ from `base`, for a PATCH: a value the user emptied becomes `null` so
 * the server clears it instead of leaving it unchanged.
 */
export function changedFields<B extends Record<string, unknown>>(base: B, next: B): Partial<B> {
  const patch: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(base), ...Object.keys(next)])) {
    if (!sameValue(base[key], next[key])) patch[key] = next[key] ?? null;
  }
  return patch as Partial<B>;
}
