import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from './basemap.json';

/** A country of the base map: ISO 3166 numeric id (`360` Indonesia) and its land. */
export type Country = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

let countries: Country[] | undefined;

// A JSON import is typed by its literal shape, which TypeScript cannot relate to TopoJSON's types.
const basemap = topology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * Indonesia and its neighbours from Natural Earth 1:10m (public domain), simplified by
 * scripts/build-basemap.ts. The JSON is part of the map's own chunk, so the base map needs no tile server
 * and no network beyond the app itself; the GeoJSON is built once per page load.
 */
export function baseCountries(): Country[] {
  countries ??= feature(basemap, basemap.objects.countries).features.map((f) => ({
    ...f,
    id: String(f.id),
    // The countries are areas: every geometry is a polygon or a multipolygon.
    geometry: f.geometry as Polygon | MultiPolygon,
  }));
  return countries;
}
