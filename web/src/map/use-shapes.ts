import { type GeoProjection, geoPath } from 'd3-geo';
import { useEffect, useMemo, useState } from 'react';
import { loadShapes, type RegionShape, type ShapeSet } from './boundaries.ts';

/** The boundaries of `level` once their chunk has loaded (null before, or when no set is asked for). */
export function useShapes(level: ShapeSet | null): RegionShape[] | null {
  const [loaded, setLoaded] = useState<{ level: ShapeSet; shapes: RegionShape[] } | null>(null);
  useEffect(() => {
    if (!level) return;
    let current = true;
    loadShapes(level).then((shapes) => {
      if (current) setLoaded({ level, shapes });
    });
    return () => {
      current = false;
    };
  }, [level]);
  return level && loaded?.level === level ? loaded.shapes : null;
}

/** A boundary as drawn: its code, name, SVG path and projected label point. */
export interface DrawnShape {
  code: string;
  name: string;
  d: string;
  label: [number, number] | null;
}

/**
 * The shapes' SVG paths under `projection`, computed again only when the view (`viewKey`) or the shapes
 * change; shapes wholly outside the view (an empty clipped path) are left out.
 */
export function useDrawnShapes(
  shapes: RegionShape[] | null,
  projection: GeoProjection,
  viewKey: string,
): DrawnShape[] {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the view's values (viewKey), not the projection's identity
  return useMemo(() => {
    if (!shapes) return [];
    const path = geoPath(projection);
    return shapes.flatMap((s) => {
      const d = path(s);
      if (!d) return [];
      return [{ code: s.id, name: s.properties.name, d, label: projection(s.properties.label) }];
    });
  }, [shapes, viewKey]);
}
