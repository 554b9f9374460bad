/**
 * Building a `Graph` from node ids and ties, as in graphology's `Graph.from` / igraph's
 * `Graph.TupleList`: ids map to dense indices, ties are validated, then collapsed by a declared rule
 * (METHODS.md §1 "analysis view"; §2 on ambivalent dyads).
 */

import { type AnalysisProblem, invalidInput } from './analysis-error.ts';
import { assembleGraph, type Graph, type WeightRule } from './graph.ts';

/** One tie as callers give it: sign defaults to +1, weight (a strength, > 0) to 1. */
export interface TieInput {
  source: string;
  target: string;
  sign?: 1 | -1;
  weight?: number;
}

/** Everything `buildGraph` needs; every tie endpoint must be listed in `nodes`. */
export interface GraphInput {
  nodes: readonly string[];
  edges: readonly TieInput[];
  directed: boolean;
  /** How parallel ties' weights combine; default `sum`. */
  weightRule?: WeightRule;
}

/** Accumulates nodes and ties, then freezes them into a `Graph`. */
export class GraphBuilder {
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly source: number[] = [];
  private readonly target: number[] = [];
  private readonly sign: number[] = [];
  private readonly weight: number[] = [];
  private readonly problems: AnalysisProblem[] = [];

  constructor(
    private readonly directed: boolean,
    private readonly weightRule: WeightRule = 'sum',
  ) {}

  /** Adds a node; a repeated id is reported when `build` runs. */
  addNode(id: string): this {
    if (this.index.has(id)) {
      this.problems.push({ code: 'duplicate_node', path: `nodes.${this.ids.length}`, params: { node: id } });
      return this;
    }
    this.index.set(id, this.ids.length);
    this.ids.push(id);
    return this;
  }

  /** Adds a tie between two added nodes; problems are collected and reported together by `build`. */
  addEdge(tie: TieInput): this {
    const path = `edges.${this.source.length}`;
    const u = this.index.get(tie.source);
    const v = this.index.get(tie.target);
    const weight = tie.weight ?? 1;
    const sign = tie.sign ?? 1;
    for (const [end, id, found] of [
      ['source', tie.source, u],
      ['target', tie.target, v],
    ] as const) {
      if (found === undefined) {
        this.problems.push({ code: 'unknown_node', path: `${path}.${end}`, params: { node: id } });
      }
    }
    if (!(Number.isFinite(weight) && weight > 0)) {
      this.problems.push({ code: 'invalid_weight', path: `${path}.weight`, params: {} });
    }
    if (sign !== 1 && sign !== -1) {
      this.problems.push({ code: 'invalid_sign', path: `${path}.sign`, params: {} });
    }
    this.source.push(u ?? -1);
    this.target.push(v ?? -1);
    this.sign.push(sign);
    this.weight.push(weight);
    return this;
  }

  /** The collapsed simple graph; throws an `AnalysisError` (`invalid_input`) listing every bad node or tie. */
  build(): Graph {
    if (this.problems.length > 0) throw invalidInput(this.problems);
    return assembleGraph(
      this.ids.slice(),
      this.directed,
      { source: this.source, target: this.target, sign: this.sign, weight: this.weight },
      this.weightRule,
    );
  }
}

/** Builds a graph from plain data (see `GraphInput`); throws an `AnalysisError` (`invalid_input`) on bad input. */
export function buildGraph(input: GraphInput): Graph {
  const builder = new GraphBuilder(input.directed, input.weightRule);
  for (const id of input.nodes) builder.addNode(id);
  for (const tie of input.edges) builder.addEdge(tie);
  return builder.build();
}
