import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { type Choice, changedFields, type Merge, resolveMerge, threeWayMerge } from './merge.ts';
import type { useFormState } from './use-form.ts';

/** A record's form values with the version they were read at. */
export interface Snapshot<V> {
  values: V;
  version: number;
}

/** A conflict to settle: the merge of what the user loaded, what is stored now, and what they typed. */
export interface Conflict<V> {
  merge: Merge<V>;
  current: Snapshot<V>;
}

interface Options<V, B> {
  /** The record being edited; absent when the form creates one. */
  record: Snapshot<V> | undefined;
  /** The body the form's values make (the same function for create and edit). */
  toBody(values: V): B;
  create(body: B): Promise<unknown>;
  /** Sends the changed fields against `version`; a 409 from it opens the conflict. */
  update(patch: Partial<B>, version: number): Promise<unknown>;
  /** The record as stored now, for the conflict screen. */
  current(): Promise<Snapshot<V>>;
  /** After an edit is saved. */
  onSaved?(): void;
}

/**
 * Saving a form that creates or edits a record. An edit sends only the fields that changed, with the
 * version read; when someone saved in between (409) it loads the stored record and keeps a `conflict`
 * for the user to settle field by field, then saves the result against the new version.
 */
export function useRecordSave<V extends Record<string, unknown>, B extends Record<string, unknown>>(
  form: ReturnType<typeof useFormState<V>>,
  options: Options<V, B>,
) {
  const [base, setBase] = useState(options.record);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  const save = async (values: V, against: Snapshot<V> | undefined) => {
    if (!against) {
      await options.create(options.toBody(values));
      return;
    }
    const patch = changedFields(options.toBody(against.values), options.toBody(values));
    try {
      if (Object.keys(patch).length > 0) await options.update(patch, against.version);
      options.onSaved?.();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) throw error;
      const current = await options.current();
      setConflict({ merge: threeWayMerge(against.values, current.values, values), current });
    }
  };
  return {
    conflict,
    submit: () => form.run(() => save(form.values, base)),
    /** Applies the user's choices and saves them against the stored version. */
    resolve(choices: Partial<Record<keyof V, Choice>>) {
      if (!conflict) return;
      const merged = resolveMerge(conflict.merge, choices);
      form.setValues(merged);
      setBase(conflict.current);
      setConflict(null);
      void form.run(() => save(merged, conflict.current));
    },
  };
}
