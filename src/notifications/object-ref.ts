import { z } from 'zod';
import { singleLine } from '../shared/text.ts';
import { OBJECT_TYPES } from './notifications.constants.ts';

/** What a notification is about: an object of a known type, which the web opens by its path. */
export const ObjectRefSchema = z
  .object({
    /** The type of object (centre, enterprise, …), which decides the link. */
    type: z.enum(OBJECT_TYPES),
    /** The object's id. */
    id: singleLine().min(1).max(200),
  })
  .strict();
export type ObjectRef = z.infer<typeof ObjectRefSchema>;
