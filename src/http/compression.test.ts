import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';

const ctx = useTestApp();

describe('compressed answers', () => {
  it('sends brotli or gzip when the client accepts it, the same JSON once decoded, and plain JSON otherwise', async () => {
    const url = '/api/regions?limit=200';
    const plain = await ctx.app.inject({ url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const raw = plain.rawPayload;
    expect(raw.length).toBeGreaterThan(10_000);

    const br = await ctx.app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    expect(br.rawPayload.length).toBeLessThan(raw.length / 4);

    const gzip = await ctx.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString())).toEqual(plain.json());
    console.log(
      `regions page: ${raw.length} B JSON, ${br.rawPayload.length} B brotli, ${gzip.rawPayload.length} B gzip`,
    );
  });

  it('leaves a small answer as it is', async () => {
    const health = await ctx.app.inject({ url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json().status).toBe('ok');
  });
});
