import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { PWA_MANIFEST } from './pwa/manifest.ts';
import { fieldPrecache } from './pwa/precache.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const precache = fieldPrecache();

/**
 * The web app: built into dist/web, served by the Simpul server; `vite dev` proxies /api to it. It is an
 * installable PWA (issue #23): the service worker precaches the shell and the field screens, never the API.
 */
export default defineConfig({
  root,
  plugins: [
    react(),
    precache.plugin,
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: PWA_MANIFEST,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        manifestTransforms: [
          async (entries) => ({ manifest: entries.filter((e) => precache.keep(e.url)), warnings: [] }),
        ],
        navigateFallback: '/index.html',
        // The API is never answered by the service worker: the field data lives in IndexedDB.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once: a collector who opened the app once online may reload offline.
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // Other screens' hashed chunks, cached the first time they are opened online.
            urlPattern: ({ url }) => url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'simpul-assets', expiration: { maxEntries: 400 } },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
  worker: { format: 'es' },
  server: { port: 5173, proxy: { '/api': process.env.SIMPUL_API ?? 'http://127.0.0.1:3000' } },
});
