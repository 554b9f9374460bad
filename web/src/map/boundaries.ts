import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties of a boundary: the Kemendagri name and where its label goes (lon, lat). */
export interface ShapeProperties {
  name: string;
  label: [number, number];
}

/** A province or regency/city boundary, `id` its Kemendagri code (`32`, `32.73`). */
export type RegionShape = Feature<Polygon | MultiPolygon, ShapeProperties> & { id: string };

/** What can be loaded: the provinces (38), or the regencies/cities of one province (`regencies/32`). */
export type ShapeSet = 'provinces' | `regencies/${string}`;

// Each file its own chunk: the provinces (31 KB gzipped) for every map, a province's regencies (≤ 14 KB)
// only when a map shows that province or a regency in it.
const FILES = import.meta.glob<{ default: unknown }>(['./provinces.json', './regencies/*.json']);
const cache = new Map<ShapeSet, Promise<RegionShape[]>>();

/** The province codes that have a regency file (all 38; the test checks it against our region data). */
export const REGENCY_FILES = Object.keys(FILES).flatMap((f) => /regencies\/(\d+)\.json$/.exec(f)?.[1] ?? []);

/**
 * Boundaries from vendor/wilayah-boundaries (MIT, built by scripts/build-boundaries.ts), each set loaded
 * once per page by a dynamic import; a set that was not shipped (no such province) is empty.
 */
export function loadShapes(set: ShapeSet): Promise<RegionShape[]> {
  let shapes = cache.get(set);
  if (!shapes) {
    const load = FILES[`./${set}.json`];
    const name = set.startsWith('regencies/') ? 'regencies' : 'provinces';
    shapes = !load
      ? Promise.resolve([])
      : load().then(({ default: json }) => {
          // A JSON import is typed by its literal shape, which TypeScript cannot relate to TopoJSON's types.
          const topology = json as Topology<Record<string, GeometryCollection<ShapeProperties>>>;
          return feature(topology, topology.objects[name]!).features.map((f) => ({
            ...f,
            id: String(f.id),
            // Boundaries are areas: every geometry is a polygon or a multipolygon.
            geometry: f.geometry as Polygon | MultiPolygon,
          }));
        });
    cache.set(set, shapes);
  }
  return shapes;
}
