import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from './basemap.json';

/** A country of the base map: ISO 3166 numeric id (`360` Indonesia) and its land. */
export type Country = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

let countries: Country[] | undefined;

/**
 * Indonesia and its neighbours from Natural Earth 1:10m (public domain), simplified by
 * scripts/build-basemap.ts. The JSON is part of the map's own chunk, so the base map needs no tile server
 * and no network beyond the app itself; the GeoJSON is built once per page load.
 */
export function baseCountries(): Country[] {
  countries ??= (
    feature(
      topology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>,
      (topology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>).objects
        .countries,
    ) as unknown as { features: Country[] }
  ).features.map((f) => ({ ...f, id: String(f.id) }));
  return countries;
}
