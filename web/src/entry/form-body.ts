import type { z } from 'zod';
import type { Draft } from '../api/endpoint-types.ts';

/** The body a data-entry form sends for the create schema `S` (see `Draft`: the API validates it). */
export type FormBody<S extends z.ZodType> = Draft<z.input<S>>;
