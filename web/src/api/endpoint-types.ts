import type { z } from 'zod';
import type { Endpoints } from '../../../src/http/endpoints.ts';

/** The methods the endpoint table uses. */
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** The paths the endpoint table lists for `M`, e.g. `/centers/:id` for `GET`. */
export type PathOf<M extends Method> = {
  [K in keyof Endpoints]: K extends `${M} ${infer P}` ? P : never;
}[keyof Endpoints];

type EntryOf<M extends Method, P extends PathOf<M>> = Endpoints[`${M} ${P}` & keyof Endpoints];
type Input<E, K extends string> = E extends { [key in K]: infer S extends z.ZodType } ? z.input<S> : never;

/** A choice or number as a form may send it: the schema's value, or the text the user picked or typed. */
type AsTyped<V> = V | (V extends string | number ? string : never);

/**
 * A body as a form sends it: the schema's input key by key, where a field may be left out and a choice
 * or number may still be the user's text. The API's one validation path refuses it, naming the field in
 * the user's language; lists, flags and nested values keep the schema's type, and a misspelt key does
 * not compile.
 */
export type Draft<T> = { [K in keyof T]?: AsTyped<T[K]> };

/** The success body of `M P`, as it travels (the response schema's output). */
export type ResponseOf<M extends Method, P extends PathOf<M>> = z.output<EntryOf<M, P>['response']>;

/** What a call of `M P` takes: path parameters and a body where the table has them, a query, a signal. */
export type CallOf<M extends Method, P extends PathOf<M>> = { signal?: AbortSignal } & ([
  Input<EntryOf<M, P>, 'params'>,
] extends [never]
  ? { params?: never }
  : { params: Input<EntryOf<M, P>, 'params'> }) &
  ([Input<EntryOf<M, P>, 'query'>] extends [never]
    ? { query?: never }
    : { query?: Draft<Input<EntryOf<M, P>, 'query'>> }) &
  ([Input<EntryOf<M, P>, 'body'>] extends [never]
    ? // A file travels as the raw body, which the table does not describe.
      { body?: Blob }
    : { body: Draft<Input<EntryOf<M, P>, 'body'>> });

/** The call's options as arguments: required when the endpoint has path parameters or a body. */
export type CallArgs<M extends Method, P extends PathOf<M>> =
  EntryOf<M, P> extends { params: z.ZodType } | { body: z.ZodType }
    ? [options: CallOf<M, P>]
    : [options?: CallOf<M, P>];
