import { z } from 'zod';
import { IsoDateTimeSchema } from '../shared/dates.ts';
import { CHANNELS, NOTIFICATION_KINDS, OBJECT_TYPES } from './notifications.constants.ts';

/** One inbox entry, its words in the reader's language. */
export const NotificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  object: z.object({ type: z.enum(OBJECT_TYPES), id: z.string() }),
  /** The web path that opens the object. */
  link: z.string(),
  /** The message's key in the catalogue (src/notifications/notification-messages.ts). */
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The message in the reader's language: a one-line subject and the full text. */
  subject: z.string(),
  body: z.string(),
  createdAt: IsoDateTimeSchema,
  readAt: IsoDateTimeSchema.nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    /** Only the unread ones. */
    unread: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .strict();
export type NotificationListQuery = z.infer<typeof NotificationListQuerySchema>;

/** A page of the inbox and how many are unread in all (the bell's number). */
export const NotificationPageSchema = z.object({
  items: z.array(NotificationSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  unread: z.number().int(),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

export const MarkAllReadSchema = z.object({ updated: z.number().int() });

/** A user's choices: the language of what is sent to them and, per kind, where it reaches them. */
export const NotificationPreferencesSchema = z
  .object({
    /** Language of e-mails and messages sent to the user. */
    language: z.enum(['id', 'en']),
    /** Per kind of notification: in the app only, or by e-mail or message too. */
    channels: z
      .object(
        Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.enum(CHANNELS)])) as Record<
          (typeof NOTIFICATION_KINDS)[number],
          z.ZodEnum<{ [C in (typeof CHANNELS)[number]]: C }>
        >,
      )
      .strict(),
  })
  .strict();
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;
