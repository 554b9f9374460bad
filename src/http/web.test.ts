import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webRoutes } from './web.ts';

// The PWA's files (issue #23) as vite-plugin-pwa writes them: served with their own types and headers,
// never swallowed by the deep-link fallback.
describe('web app files', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'simpul-web-'));
  const app = Fastify().withTypeProvider<ZodTypeProvider>();

  beforeAll(async () => {
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Simpul</title>');
    writeFileSync(path.join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(path.join(root, 'manifest.webmanifest'), '{"name":"Simpul"}');
    writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'export {};');
    await webRoutes(app, root);
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the service worker as JavaScript, rechecked on every load, allowed the whole app', async () => {
    const sw = await app.inject('/sw.js');
    expect(sw.statusCode).toBe(200);
    expect(sw.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(sw.headers['service-worker-allowed']).toBe('/');
    expect(sw.body).toContain('addEventListener');
  });

  it('serves the manifest as a web app manifest and hashed assets as immutable', async () => {
    const manifest = await app.inject('/manifest.webmanifest');
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject('/assets/index-abc.js');
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('answers a deep link of the field screens with the app', async () => {
    const deep = await app.inject('/lapangan/sentra/123');
    expect(deep.statusCode).toBe(200);
    expect(deep.headers['content-type']).toMatch(/^text\/html/);
    expect(deep.body).toContain('<title>Simpul</title>');
  });
});
