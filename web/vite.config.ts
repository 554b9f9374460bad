import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The web app: built into dist/web, served by the Simpul server; `vite dev` proxies /api to it. */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
  worker: { format: 'es' },
  server: { port: 5173, proxy: { '/api': process.env.SIMPUL_API ?? 'http://127.0.0.1:3000' } },
});
