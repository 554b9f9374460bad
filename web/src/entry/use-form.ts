import { useCallback, useState } from 'react';
import { useSubmit } from './use-submit.ts';

/** Keys of `T` whose values are form strings. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** What a text, select or region field needs from the form: its value, setter and the API's message. */
export interface Bound {
  name: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}

/**
 * A data-entry form's values (starting from `empty`) with its submission state. `bind(key)` wires a
 * field to one value and to the API's message for the same path (`errorPath` when the API names it
 * differently, e.g. `regionCodes` for a single village).
 */
export function useFormState<T extends Record<string, unknown>>(empty: T) {
  const [values, setValues] = useState(empty);
  const submit = useSubmit();
  const set = useCallback(
    <K extends keyof T>(key: K) =>
      (value: T[K]) =>
        setValues((v) => ({ ...v, [key]: value })),
    [],
  );
  const bind = (key: TextKey<T>, errorPath: string = key): Bound => ({
    name: key,
    value: values[key] as string,
    onChange: set(key) as (value: string) => void,
    error: submit.fieldError(errorPath),
  });
  return { ...submit, values, setValues, set, bind };
}
