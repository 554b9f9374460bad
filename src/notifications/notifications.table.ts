import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Id, Json, NullableTimestamp, UpdatedAt } from '../db/column-types.ts';
import type { Channel, OutboxChannel, OutboxStatus } from './notifications.constants.ts';

/** Message parameters, filled into the message's placeholders when it is shown or sent. */
export type MessageParams = Record<string, string | number>;

/** One entry of a user's in-app inbox. */
export interface NotificationsTable {
  id: Id;
  user_id: string;
  kind: string;
  object_type: string;
  object_id: string;
  message_key: string;
  params: Json<MessageParams>;
  created_at: CreatedAt;
  read_at: NullableTimestamp;
}

/** A user's own choices: the language of what is sent to them, and a channel per kind of notification. */
export interface NotificationPreferencesTable {
  user_id: string;
  language: 'id' | 'en';
  channels: Json<Partial<Record<string, Channel>>>;
  updated_at: UpdatedAt;
}

/** A message to send by e-mail or webhook, written already rendered in the recipient's language. */
export interface OutboxMessagesTable {
  id: Id;
  notification_id: string | null;
  user_id: string | null;
  channel: OutboxChannel;
  recipient: string;
  language: 'id' | 'en';
  subject: string;
  body: string;
  link: string | null;
  status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  claimed_until: NullableTimestamp;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: NullableTimestamp;
}

/** A notification to make at `due_at` for some users, unless cancelled first. */
export interface RemindersTable {
  id: Id;
  user_ids: string[];
  due_at: ColumnType<Date, Date | string, Date | string>;
  kind: string;
  object_type: string;
  object_id: string;
  message_key: string;
  params: Json<MessageParams>;
  status: ColumnType<'pending' | 'sent' | 'cancelled', 'pending' | undefined, 'sent' | 'cancelled'>;
  created_at: CreatedAt;
  done_at: NullableTimestamp;
}
