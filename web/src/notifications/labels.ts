import {
  CHANNEL_LABELS,
  CHANNELS,
  KIND_LABELS,
  NOTIFICATION_KINDS,
} from '../../../src/notifications/notifications.constants.ts';

/** The server's names of kinds and channels (one list, id and en), for the settings screen. */
export { CHANNEL_LABELS, CHANNELS, KIND_LABELS, NOTIFICATION_KINDS };
