import { api } from '../api/client.ts';
import type { ScopeItem } from './ScopePicker.tsx';

/** Provinces, regencies/cities and districts whose name matches `q` (a scope covers what lies below). */
export async function searchRegions(q: string, signal: AbortSignal): Promise<ScopeItem[]> {
  const page = await api.get('/regions', { query: { q, limit: 10 }, signal });
  return page.items
    .filter((r) => r.level !== 'village' && r.level !== 'urban_village')
    .map((r) => ({ id: r.code, label: `${r.name} (${r.code})` }));
}

/** Centres whose name matches `q`. */
export async function searchCenters(q: string, signal: AbortSignal): Promise<ScopeItem[]> {
  const page = await api.get('/centers', { query: { q, limit: 10 }, signal });
  return page.items.map((c) => ({ id: c.id, label: c.name }));
}

/** Enterprises whose name matches `q`. */
export async function searchEnterprises(q: string, signal: AbortSignal): Promise<ScopeItem[]> {
  const page = await api.get('/enterprises', { query: { q, limit: 10 }, signal });
  return page.items.map((e) => ({ id: e.id, label: e.name }));
}
