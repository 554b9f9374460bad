import { api } from '../api/client.ts';
import type { ScopeItem } from './ScopePicker.tsx';

/** Provinces, regencies/cities and districts whose name matches `q` (a scope covers what lies below). */
export async function searchRegions(q: string, signal: AbortSignal): Promise<ScopeItem[]> {
  const page = await api.get('/regions', { query: { q, limit: 40 }, signal });
  return page.items
    .filter((r) => r.level !== 'village' && r.level !== 'urban_village')
    .slice(0, 10)
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

/** The name of a region, centre or enterprise already in a scope. */
export const nameOf = {
  region: async (code: string, signal: AbortSignal) =>
    `${(await api.get('/regions/:code', { params: { code }, signal })).name} (${code})`,
  center: async (id: string, signal: AbortSignal) =>
    (await api.get('/centers/:id', { params: { id }, signal })).name,
  enterprise: async (id: string, signal: AbortSignal) =>
    (await api.get('/enterprises/:id', { params: { id }, signal })).name,
};
