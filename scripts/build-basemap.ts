/**
 * Builds web/src/map/basemap.json: the coastlines and national borders around Indonesia, cut from Natural
 * Earth's 1:10m countries (public domain) as packaged by the `world-atlas` npm package, simplified so the
 * whole country loads in one small chunk. Run after upgrading world-atlas:
 *
 *     node --import tsx scripts/build-basemap.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bbox, quantize } from 'topojson-client';
import { filter, presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const source = require.resolve('world-atlas/countries-10m.json');
const out = fileURLToPath(new URL('../web/src/map/basemap.json', import.meta.url));

// Indonesia and the neighbours that share its islands or frame its seas (ISO 3166 numeric codes):
// Malaysia, Brunei, Singapore, Timor-Leste, Papua New Guinea, the Philippines and Australia's north.
const KEEP = new Set(['360', '458', '096', '702', '626', '598', '608', '036']);
// Share of points kept, the most significant by triangle area: the coast keeps its shape at regency zoom
// while the file stays small. Quantising to a 10⁵ grid (under 100 m here) makes the arcs short integers.
const KEEP_QUANTILE = 0.4;
const QUANTIZATION = 1e5;

const world = JSON.parse(readFileSync(source, 'utf8')) as Topology<{ countries: GeometryCollection }>;
const countries = world.objects.countries;
countries.geometries = countries.geometries
  .filter((g) => KEEP.has(String(g.id)))
  .map((g) => ({ ...g, properties: { name: (g.properties as { name: string }).name } }));
delete (world.objects as Record<string, unknown>).land;
let topology = presimplify(world as never);
topology = simplify(topology, quantile(topology, KEEP_QUANTILE));
topology = filter(topology, () => true);
const trimmed = JSON.parse(JSON.stringify(topology)) as Topology;
// Drops the arcs no kept country uses, renumbering the rest.
const used = new Map<number, number>();
const arcs: Topology['arcs'] = [];
const remap = (index: number) => {
  const i = index < 0 ? ~index : index;
  let j = used.get(i);
  if (j === undefined) {
    j = arcs.length;
    used.set(i, j);
    arcs.push(trimmed.arcs[i]);
  }
  return index < 0 ? ~j : j;
};
const walk = (a: unknown): unknown => (Array.isArray(a) ? a.map(walk) : remap(a as number));
for (const g of (trimmed.objects.countries as GeometryCollection).geometries)
  if ('arcs' in g) (g as { arcs: unknown }).arcs = walk(g.arcs);
trimmed.arcs = arcs;
trimmed.bbox = bbox(trimmed);
const text = JSON.stringify(quantize(trimmed, QUANTIZATION));
writeFileSync(out, text);
console.log(`${out}: ${Math.round(text.length / 1024)} KiB, ${arcs.length} arcs`);
