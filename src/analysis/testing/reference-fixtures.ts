/**
 * Test support: the NetworkX reference fixtures written by scripts/reference/networkx_reference.py,
 * and the graphs they describe. Only tests import this file (it reads the disk).
 */

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../graph.ts';
import { buildGraph } from '../graph-builder.ts';

/** Folder of the committed fixtures. */
export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** One fixture file: a graph and the values NetworkX (or the script's brute force) gave for it. */
export interface ReferenceFixture {
  name: string;
  source: string;
  directed: boolean;
  weighted: boolean;
  nodes: string[];
  /** [source, target, weight, sign]. */
  edges: [string, string, number, 1 | -1][];
  measures: Record<string, unknown>;
  networkx: string;
}

/** Reads the fixture `name` (file name without `.json`). */
export function loadFixture(name: string): ReferenceFixture {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}${name}.json`, 'utf8')) as ReferenceFixture;
}

/** Names of all fixtures whose name starts with `prefix`. */
export function fixtureNames(prefix = ''): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.json') && file !== 'biome.json' && file.startsWith(prefix))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** The fixture's graph, in the fixture's node order. */
export function fixtureGraph(fixture: ReferenceFixture): Graph {
  return buildGraph({
    nodes: fixture.nodes,
    edges: fixture.edges.map(([source, target, weight, sign]) => ({ source, target, weight, sign })),
    directed: fixture.directed,
  });
}

/** A per-node measure of the fixture (values may be null for NetworkX's NaN). */
export function nodeMeasure(fixture: ReferenceFixture, key: string): Record<string, number | null> {
  const value = fixture.measures[key];
  if (value === undefined || value === null || typeof value !== 'object') {
    throw new Error(`fixture ${fixture.name} has no per-node measure ${key}`);
  }
  return value as Record<string, number | null>;
}

/** Throws unless |actual − expected| ≤ tolerance·max(1, |expected|) for every node (or every node in `only`). */
export function expectClose(
  graph: Graph,
  actual: ArrayLike<number | null>,
  expected: Record<string, number | null>,
  tolerance: number,
  label: string,
  only?: ReadonlySet<string>,
): void {
  for (let i = 0; i < graph.order; i++) {
    const id = graph.ids[i] as string;
    if (only && !only.has(id)) continue;
    const want = expected[id];
    const got = actual[i] ?? null;
    if (want === null || want === undefined) {
      if (got !== null && !Number.isNaN(got)) throw new Error(`${label} ${id}: expected null, got ${got}`);
      continue;
    }
    if (got === null || !(Math.abs(got - want) <= tolerance * Math.max(1, Math.abs(want)))) {
      throw new Error(`${label} ${id}: expected ${want}, got ${got}`);
    }
  }
}
