import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph, clustering } from '../analysis/index.ts';
import { pickLang, withLang } from '../shared/i18n.ts';
import { installErrorHandler } from './error-handler.ts';

// A bare server with the real error handler and the request language set as auth.plugin.ts sets it.
const app = Fastify();
app.addHook('onRequest', (request, _reply, done) => {
  withLang(pickLang(undefined, request.headers['accept-language']), done);
});
installErrorHandler(app, 1024);
app.get('/bad-graph', async () =>
  buildGraph({ nodes: ['a'], edges: [{ source: 'a', target: 'z' }], directed: false }),
);
app.get('/directed-weighted', async () =>
  clustering(buildGraph({ nodes: ['a'], edges: [], directed: true }), { weighted: true }),
);
afterAll(() => app.close());

describe('the HTTP error handler and the analysis core', () => {
  it('answers bad input to the library with a 400 in the request language', async () => {
    for (const [lang, message] of [
      ['id', 'Titik z tidak ada dalam daftar titik'],
      ['en', 'Node z is not in the node list'],
    ]) {
      const response = await app.inject({ url: '/bad-graph', headers: { 'accept-language': lang } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'validation_failed',
        details: [{ path: 'edges.0.target', message }],
      });
    }
  });

  it('answers an impossible request with a 422 and the message', async () => {
    const response = await app.inject({ url: '/directed-weighted', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toEqual({
      code: 'unprocessable',
      message: 'Weighted clustering is only available for undirected graphs',
      details: [],
    });
  });
});
