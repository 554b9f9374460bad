import type { z } from 'zod';

/** A choice or number as a form may send it: the schema's value, or the text the user picked or typed. */
type AsTyped<V> = V | (V extends string | number ? string : never);

/**
 * The body a data-entry form sends for the create schema `S`: `z.input<S>` key by key, where a field may
 * be left out and a choice or number may still be the user's text. The forms send what was entered and
 * let the API's one validation path refuse it, naming the field in the user's language; lists, flags and
 * nested values keep the schema's type, and a misspelt key does not compile.
 */
export type FormBody<S extends z.ZodType> = { [K in keyof z.input<S>]?: AsTyped<z.input<S>[K]> };
