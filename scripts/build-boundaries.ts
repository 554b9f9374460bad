/**
 * Builds web/src/map/provinces.json and web/src/map/regencies.json: Indonesia's province and regency/city
 * boundaries as simplified TopoJSON keyed by Kemendagri code. The source is cahyadsn/wilayah_boundaries
 * (MIT; vendor/wilayah-boundaries/README.md names the commit): its `db/prov/*.sql` and `db/kab/*.sql`
 * hold one polygon per region as `[lat, lng]` pairs. The raw files (11 MB) stay out of git; to regenerate:
 *
 *     git clone https://github.com/cahyadsn/wilayah_boundaries /tmp/wilayah_boundaries
 *     node --import tsx scripts/build-boundaries.ts /tmp/wilayah_boundaries
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { geoArea, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { bbox, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

const source = process.argv[2];
if (!source) throw new Error('usage: build-boundaries.ts <checkout of cahyadsn/wilayah_boundaries>');
const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * Per level: the source folder, our code list, the share of points kept (the most significant by
 * triangle area) and the smallest island kept in steradians (1e-7 sr ≈ 4 km²; a region's largest land is
 * always kept). Provinces are seen nationally and load with every map: 30 %. Regencies are seen at province
 * and regency zoom, one file per province loaded only there: all the source's points (it is simplified
 * already; at 25 % a city's edge was off by a kilometre at regency zoom).
 */
const LEVELS = [
  { name: 'provinces', folder: 'prov', csv: 'provinces.csv.gz', keep: 0.3, minIsland: 2e-7, split: false },
  { name: 'regencies', folder: 'kab', csv: 'regencies.csv.gz', keep: 1, minIsland: 1e-7, split: true },
] as const;
/** Coordinates on a 10⁵ grid over Indonesia's bounding box: under 60 m, short integer deltas. */
const QUANTIZATION = 1e5;
const ROW = /\('([\d.]+)','[^']*',\s*(-?[\d.]+),\s*(-?[\d.]+),\s*'(\[[^']*\])'\)/g;

/** Our regions of one level (code → name) from the vendored Kemendagri list: the keys of the output. */
function ourRegions(csv: string): Map<string, string> {
  const text = gunzipSync(readFileSync(path.join(root, 'vendor/idn-area-data', csv))).toString();
  const rows = text.trim().split('\n').slice(1);
  // provinces.csv: code,name; regencies.csv: code,province_code,name.
  return new Map(rows.map((line) => line.split(',')).map((r) => [r[0]!, r[r.length - 1]!]));
}

/** `[lat, lng]` pairs at any depth → GeoJSON `[lng, lat]`. */
const swap = (a: unknown): unknown =>
  typeof (a as unknown[])[0] === 'number' ? [(a as number[])[1], (a as number[])[0]] : (a as unknown[]).map(swap);

const area = (rings: Position[][]) => geoArea({ type: 'Polygon', coordinates: rings });

/** A source path as polygons wound as d3-geo expects (exterior clockwise), without islets. */
function polygons(pathText: string, minIsland: number): Position[][][] {
  const raw = swap(JSON.parse(pathText)) as Position[][][] | Position[][][][];
  const list = typeof raw[0]![0]![0] === 'number' ? [raw as Position[][]] : (raw as Position[][][]);
  // A ring wound the other way covers the rest of the globe: reverse it.
  const wound = list.map((rings) => (area(rings) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings));
  const largest = Math.max(...wound.map(area));
  return wound.filter((rings) => area(rings) >= Math.min(minIsland, largest));
}

/** A label point: the planar centroid of the region's largest polygon, in degrees to 0.001. */
function labelPoint(geometry: MultiPolygon): [number, number] {
  const largest = geometry.coordinates.reduce((a, b) => (area(a) >= area(b) ? a : b));
  const [x, y] = geoPath().centroid({ type: 'Polygon', coordinates: largest });
  return [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
}

for (const level of LEVELS) {
  const names = ourRegions(level.csv);
  const features: Feature<MultiPolygon, { name: string; label: [number, number] }>[] = [];
  const dir = path.join(source, 'db', level.folder);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql')))
    for (const [, code, , , pathText] of readFileSync(path.join(dir, file), 'utf8').matchAll(ROW)) {
      const name = names.get(code!);
      if (!name) throw new Error(`${file}: ${code} is not a Kemendagri code in idn-area-data`);
      const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons(pathText!, level.minIsland) };
      features.push({ type: 'Feature', id: code, properties: { name, label: labelPoint(geometry) }, geometry });
    }
  const missing = [...names.keys()].filter((code) => !features.some((f) => f.id === code));
  if (missing.length > 0) throw new Error(`${level.name}: no boundary for ${missing.join(', ')}`);
  // Regencies: one file per province (web/src/map/regencies/32.json), the province's own chunk.
  const groups = new Map<string, Feature[]>();
  for (const f of features) {
    const key = level.split ? String(f.id).slice(0, 2) : '';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [province, members] of groups) {
    const file = level.split ? `regencies/${province}.json` : `${level.name}.json`;
    write(path.join(root, 'web/src/map', file), level.name, members, level.keep);
  }
}

/** Writes one simplified, quantised TopoJSON of `features` as object `name`. */
function write(out: string, name: string, features: Feature[], keep: number) {
  let topo = topology({ [name]: { type: 'FeatureCollection', features } }) as Topology;
  if (keep < 1) {
    topo = presimplify(topo as never);
    topo = simplify(topo, quantile(topo, keep));
  }
  topo = filter(topo, filterWeight(topo, 0));
  topo.bbox = bbox(topo);
  const text = JSON.stringify(quantize(topo, QUANTIZATION));
  writeFileSync(out, text);
  const geometries = (topo.objects[name] as GeometryCollection).geometries.length;
  console.log(`${path.relative(root, out)}: ${Math.round(text.length / 1024)} KiB, ${geometries} regions`);
}
