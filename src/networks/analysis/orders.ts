/**
 * Maklun and subcontract orders between firms, counted per recorded tie: what each firm gives (the count
 * behind order-giver dominance and the hub-and-spoke label) and receives (its maklun in-degree).
 */

import type { NetworkStructure } from '../view/network.schema.ts';

/** Types whose source gives orders to the target (maklun and subcontracting, DOMAIN.md §6.3). */
export const ORDER_TYPES: ReadonlySet<string> = new Set(['TOLL_MANUFACTURING', 'SUBCONTRACT']);

/** Orders given and received per firm id, and the number of order ties between firms. */
export interface OrderCounts {
  given: Map<string, number>;
  received: Map<string, number>;
  ties: number;
}

/** Counts `network`'s order ties between two firms of `firm`. */
export function orderCounts(network: NetworkStructure, firm: ReadonlySet<string>): OrderCounts {
  const given = new Map<string, number>();
  const received = new Map<string, number>();
  let ties = 0;
  for (const tie of network.ties) {
    if (!ORDER_TYPES.has(tie.type) || !firm.has(tie.source) || !firm.has(tie.target)) continue;
    given.set(tie.source, (given.get(tie.source) ?? 0) + 1);
    received.set(tie.target, (received.get(tie.target) ?? 0) + 1);
    ties++;
  }
  return { given, received, ties };
}
