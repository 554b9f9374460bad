import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import type { Option } from '../ui/Field.tsx';

/** The centres to choose from (the list is public, so the anonymous form can use it too), as options. */
export function useCenterOptions(): Option[] {
  const centers = useApi((signal) => api.get('/centers', { query: { limit: 500 }, signal }), []);
  return (centers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));
}
