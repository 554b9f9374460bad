import type { ManifestOptions } from 'vite-plugin-pwa';

/** The web app manifest: installable from the browser's menu, opening on the field screens. */
export const PWA_MANIFEST: Partial<ManifestOptions> = {
  name: 'Simpul — Sentra IKM',
  short_name: 'Simpul',
  description: 'Registri dan jaringan interaksi Sentra IKM; pendataan lapangan tanpa sinyal.',
  lang: 'id',
  start_url: '/lapangan',
  scope: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#1f5f8b',
  icons: [
    { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
  ],
};
