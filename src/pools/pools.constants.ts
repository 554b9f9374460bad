import type { Message } from '../shared/lang.ts';

/** Where a pool stands: open → closed → purchased → split, or cancelled before the purchase. */
export const POOL_STATUSES = ['open', 'closed', 'purchased', 'split', 'cancelled'] as const;
export type PoolStatus = (typeof POOL_STATUSES)[number];

/** The statuses in words, for messages, the CLI and the web. */
export const POOL_STATUS_LABELS: Record<PoolStatus, Message> = {
  open: { id: 'dibuka', en: 'open' },
  closed: { id: 'ditutup', en: 'closed' },
  purchased: { id: 'sudah dibeli', en: 'purchased' },
  split: { id: 'sudah dibagi', en: 'split' },
  cancelled: { id: 'dibatalkan', en: 'cancelled' },
};

/** Institution membership roles that make an enterprise's users the pool's board (pengurus). */
export const POOL_BOARD_ROLES = ['board', 'chair', 'secretary', 'treasurer'] as const;

/** At most this many price tiers: suppliers quote a handful, and the tier bar must stay readable. */
export const MAX_TIERS = 8;

/** Days before the closing date when members are reminded to pledge. */
export const REMIND_DAYS_BEFORE_CLOSING = 2;
