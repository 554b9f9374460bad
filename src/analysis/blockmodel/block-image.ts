/**
 * The image matrix of a signed blockmodel: for each pair of positions, the ties between them by sign,
 * and what the block is.
 *
 * Doreian, P. & Mrvar, A. (2009). Partitioning signed social networks. Social Networks 31(1), 1–11: under
 * structural balance a block inside a position should hold only positive ties and a block between two
 * positions only negative ones; the ties of the other sign are the block's inconsistencies.
 */

import type { Graph } from '../graph.ts';

/** Ties of one sign in a block: how many, and their summed weight. */
export interface TieTally {
  count: number;
  weight: number;
}

/** One block of the image: the ties from position `from` to position `to`. */
export interface BlockCell {
  /** Row position; for undirected ties `from ≤ to` and each tie is in one cell. */
  from: number;
  to: number;
  positive: TieTally;
  negative: TieTally;
  /** The sign with more weight ("positive" on an exact tie inside a position, "negative" between), null when empty. */
  type: 'positive' | 'negative' | null;
  /** This block's part of the criterion: α·negative weight inside a position, (1 − α)·positive between. */
  inconsistency: number;
}

/** The image of `graph` under the partition `label` into `positions` positions. */
export function blockImage(graph: Graph, label: Int32Array, positions: number, alpha: number): BlockCell[] {
  const cells: BlockCell[] = [];
  const at = new Map<number, BlockCell>();
  for (let from = 0; from < positions; from++) {
    for (let to = graph.directed ? 0 : from; to < positions; to++) {
      const cell: BlockCell = {
        from,
        to,
        positive: { count: 0, weight: 0 },
        negative: { count: 0, weight: 0 },
        type: null,
        inconsistency: 0,
      };
      cells.push(cell);
      at.set(from * positions + to, cell);
    }
  }
  for (let e = 0; e < graph.size; e++) {
    let a = label[graph.edgeSource[e] as number] as number;
    let b = label[graph.edgeTarget[e] as number] as number;
    if (!graph.directed && a > b) [a, b] = [b, a];
    const cell = at.get(a * positions + b) as BlockCell;
    const tally = (graph.edgeSign[e] as number) > 0 ? cell.positive : cell.negative;
    tally.count++;
    tally.weight += graph.edgeWeight[e] as number;
  }
  for (const cell of cells) {
    const inside = cell.from === cell.to;
    const { positive, negative } = cell;
    if (positive.count + negative.count > 0) {
      cell.type =
        positive.weight > negative.weight || (positive.weight === negative.weight && inside)
          ? 'positive'
          : 'negative';
    }
    cell.inconsistency = inside ? alpha * negative.weight : (1 - alpha) * positive.weight;
  }
  return cells;
}
