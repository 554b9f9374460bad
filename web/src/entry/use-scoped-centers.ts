import type { Center } from '../../../src/centers/centers.schema.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { useSession } from '../auth/session.tsx';

/**
 * The centres a new firm may be enrolled in by this user: those in the regions or centres the server
 * scoped them to (`/api/auth/me`), asked of `GET /centers` by region; every centre for an unscoped user.
 * The membership route still checks each centre.
 */
export function useScopedCenters(enabled: boolean) {
  const { user } = useSession();
  const regions = user?.scopes.regions ?? [];
  const centers = user?.scopes.centers ?? [];
  return useApi(
    async (signal): Promise<Center[]> => {
      if (!enabled) return [];
      const ask = (region?: string) =>
        api.get('/centers', { query: { limit: 500, region }, signal }).then((page) => page.items);
      const found = regions.length > 0 ? (await Promise.all(regions.map(ask))).flat() : await ask();
      return centers.length > 0 ? found.filter((c) => centers.includes(c.id)) : found;
    },
    [enabled, regions.join(), centers.join()],
  );
}
