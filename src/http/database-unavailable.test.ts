import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CONFIG } from '../../test/app.ts';
import { createKysely, type Db } from '../db/database.ts';
import { buildApp } from './app.ts';
import type { SimpulApp } from './types.ts';

// Nothing listens on this port (this lane's range, 55160–55179): the database is down.
const DEAD_URL = 'postgres://simpul:x@127.0.0.1:55179/simpul';
// Both hosts down: the multi-host locator finds no primary.
const DEAD_PAIR =
  'postgres://simpul:x@127.0.0.1:55178,127.0.0.1:55179/simpul?target_session_attrs=read-write';

let dead: Db;
let deadPair: Db;
let app: SimpulApp;
let pairApp: SimpulApp;

beforeAll(async () => {
  dead = createKysely(DEAD_URL, { applicationName: 'simpul-test-dead', poolSize: 2 });
  deadPair = createKysely(DEAD_PAIR, { applicationName: 'simpul-test-dead', poolSize: 2 });
  app = await buildApp({ db: dead, mode: 'external', pseudonymKey: 'k' }, TEST_CONFIG);
  pairApp = await buildApp({ db: deadPair, mode: 'external', pseudonymKey: 'k' }, TEST_CONFIG);
});
afterAll(async () => {
  await app?.close();
  await pairApp?.close();
  await dead?.destroy();
  await deadPair?.destroy();
});

describe('a request while the database cannot be reached', () => {
  it('is a retryable 503 in the reader’s language, at once, not a 500 or a hang', async () => {
    for (const target of [app, pairApp]) {
      const started = Date.now();
      const en = await target.inject('/api/centers?lang=en');
      expect(en.statusCode, en.body).toBe(503);
      expect(en.headers['retry-after']).toBe('2');
      expect(en.json().error.code).toBe('busy');
      expect(en.json().error.message).toMatch(/^The database cannot be reached right now/);
      const id = await target.inject('/api/centers?lang=id');
      expect(id.json().error.message).toMatch(/^Basis data sedang tidak dapat dihubungi/);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  });
});
