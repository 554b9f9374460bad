import type { Message } from '../shared/lang.ts';

/** A floor is the least members agree to sell at; a reference price is only a guide. */
export const PRICE_KINDS = ['floor', 'reference'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];

/** The kinds in words. */
export const PRICE_KIND_LABELS: Record<PriceKind, Message> = {
  floor: { id: 'harga dasar', en: 'floor price' },
  reference: { id: 'harga acuan', en: 'reference price' },
};

/**
 * The competition-law flag: `clear` when every consenting firm is small (or none has consented yet),
 * `flagged` when one is not small, `cannot_tell` when none is shown not small but one's size is unknown.
 */
export const FLAG_STATUSES = ['clear', 'flagged', 'cannot_tell'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** The flag in words. */
export const FLAG_LABELS: Record<FlagStatus, Message> = {
  clear: { id: 'tidak ditandai', en: 'not flagged' },
  flagged: { id: 'ditandai', en: 'flagged' },
  cannot_tell: { id: 'belum bisa dinilai', en: 'cannot tell' },
};

/** Institution membership roles that make an enterprise's users the board (pengurus) of the agreement. */
export const AGREEMENT_BOARD_ROLES = ['board', 'chair', 'secretary', 'treasurer'] as const;
