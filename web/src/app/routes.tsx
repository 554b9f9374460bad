import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from '../../../src/auth/roles.ts';
import type { Message } from '../i18n/i18n.tsx';
import { m } from './messages.ts';
import { EDITORS, IMPORTERS, NETWORK_READERS } from './roles.ts';

/** A screen: its path pattern, the roles that may open it (all signed-in users when absent), its code chunk. */
export interface RouteDef {
  path: string;
  page: LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
  roles?: Role[];
  /** Shown in the main navigation under this name. */
  nav?: Message;
}

// Every screen is its own chunk, loaded when first opened (the network view pulls in sigma only there).
export const ROUTES: RouteDef[] = [
  { path: '/', page: lazy(() => import('../overview/OverviewPage.tsx')), nav: m.navOverview },
  { path: '/wilayah/:code', page: lazy(() => import('../overview/OverviewPage.tsx')) },
  { path: '/sentra/:id', page: lazy(() => import('../centre/CentrePage.tsx')) },
  { path: '/ikm/:id', page: lazy(() => import('../enterprise/EnterprisePage.tsx')) },
  {
    path: '/perbandingan',
    page: lazy(() => import('../compare/ComparePage.tsx')),
    // The comparison reads stored network indicators, which only network readers may see.
    roles: NETWORK_READERS,
    nav: m.navCompare,
  },
  { path: '/input', page: lazy(() => import('../entry/EntryPage.tsx')), roles: EDITORS, nav: m.navEntry },
  { path: '/input/:kind', page: lazy(() => import('../entry/EntryPage.tsx')), roles: EDITORS },
  {
    path: '/impor',
    page: lazy(() => import('../import/ImportPage.tsx')),
    roles: IMPORTERS,
    nav: m.navImport,
  },
];
