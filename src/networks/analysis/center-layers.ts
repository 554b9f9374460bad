/**
 * A centre's tie-type layers (METHODS.md §3): every interaction type with ties is a layer over the
 * centre's firms, compared by the Jaccard index of their firm pairs. Only firm–firm ties count, so a
 * layer's density is read against the same firm pairs as the centre's collaboration density.
 */

import { multiplexLayers } from '../../analysis/index.ts';
import { INTERACTION_TYPE_CODES, interactionType } from '../../interactions/interaction-types.ts';
import type { CenterNetwork } from '../view/network.schema.ts';
import type { CenterLayers } from './timeline.schema.ts';

/** The layers of `network` (as loaded by `loadCenterNetworks`), in the order of DOMAIN.md §6.3. */
export function centerLayers(network: CenterNetwork): CenterLayers {
  const firms = network.nodes.filter((n) => n.kind === 'enterprise').map((n) => n.id);
  const firm = new Set(firms);
  const ties = network.ties
    .filter((t) => firm.has(t.source) && firm.has(t.target))
    .map((t) => ({ source: t.source, target: t.target, layer: t.type }));
  const present = new Set(ties.map((t) => t.layer));
  const order = INTERACTION_TYPE_CODES.filter((code) => present.has(code));
  const summary = multiplexLayers(firms, ties, order);
  return {
    centerId: network.centerId,
    at: network.at,
    firms: firms.length,
    layers: summary.layers.map((l, i) => {
      const type = interactionType(order[i] as (typeof order)[number]);
      return {
        type: type.code,
        label: type.label,
        valence: type.valence,
        ties: l.ties,
        density: l.density,
        components: l.components,
        activeFirms: l.activeNodes,
        activeShare: l.activeShare,
      };
    }),
    overlap: summary.overlap,
    pairs: summary.pairs,
    multiplexPairs: summary.multiplexPairs,
  };
}
