import type { CenterNetwork } from '../../src/networks/view/network.schema.ts';

type Node = CenterNetwork['nodes'][number];
type Tie = CenterNetwork['ties'][number];
type Valence = 'collaboration' | 'coopetition' | 'conflict';

/**
 * Made-up centre networks in the API's shape, for browser tests and the web bench (which answer the
 * network route themselves): an id scheme, a firm, and a tie of a typical type for its valence.
 */

/** A UUID that says what it stands for: `kind` 1 for firms, 2 for ties, then the index. */
export function syntheticId(kind: number, i: number): string {
  return `00000000-0000-4000-${(0x8000 + kind).toString(16)}-${i.toString(16).padStart(12, '0')}`;
}

/** A member firm of the centre, without region or coordinates. */
export function firmNode(id: string, label: string): Node {
  return {
    id,
    kind: 'enterprise',
    label,
    regionCode: null,
    role: 'member',
    member: true,
    commodity: 'Sepatu',
    latitude: null,
    longitude: null,
  } as Node;
}

const TYPE_OF: Record<Valence, string> = {
  conflict: 'PRICE_UNDERCUTTING',
  coopetition: 'FAIR_COMPETITION',
  collaboration: 'TOLL_MANUFACTURING',
};

/** A reported, oral tie of strength 3 between two firms. */
export function syntheticTie(tie: {
  id: string;
  source: string;
  target: string;
  valence: Valence;
  directed: boolean;
  startDate?: string;
  endDate?: string | null;
}): Tie {
  return {
    id: tie.id,
    source: tie.source,
    target: tie.target,
    type: TYPE_OF[tie.valence],
    valence: tie.valence,
    directed: tie.directed,
    startDate: tie.startDate ?? '2020-01-01',
    endDate: tie.endDate ?? null,
    strength: 3,
    frequency: null,
    formality: 'oral',
    confidence: 'reported',
    legalPattern: null,
    confidential: false,
  } as Tie;
}
