import { useMemo } from 'react';
import type { CenterBlockmodel } from '../../../src/networks/analysis/groups.schema.ts';
import { api } from '../api/client.ts';
import { type Loaded, useApi } from '../api/use-api.ts';

/**
 * A centre's signed blockmodel into at most `k` positions (seed 1, every tie ever, as the stored
 * analysis); null for a graph that is not a centre's. The server keeps each k's answer, so switching k
 * back and forth costs one search each.
 */
export function useBlockmodel(
  centerId: string | undefined,
  k: number,
): Loaded<CenterBlockmodel | null> & { positions: ReadonlyMap<string, number> | null } {
  const loaded = useApi(
    (signal) =>
      centerId
        ? api.get('/centers/:id/analysis/blockmodel', { params: { id: centerId }, query: { k }, signal })
        : Promise.resolve(null),
    [centerId, k],
  );
  const positions = useMemo(() => {
    if (!loaded.data) return null;
    const placed = new Map<string, number>();
    for (const { id, position } of loaded.data.nodes) if (position !== null) placed.set(id, position);
    return placed;
  }, [loaded.data]);
  return { ...loaded, positions };
}
