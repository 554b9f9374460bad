/**
 * Stored answers of the network and analysis endpoints: each body serialised once and kept in three
 * encodings (identity, brotli at its best quality, gzip), under a strong ETag that names every input of
 * the body (centre, date, network and view versions, the reader's view, format). A request then costs the
 * access check, one version read and a buffer write, or a 304 when the client already holds the body.
 */

import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzipSync, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * One stored body in the encodings a client may ask for: brotli and gzip when stored (the JSON itself is not
 * kept: it is ~7× their size, and the rare client that accepts neither gets the gzip copy unpacked), the
 * JSON alone when storing is off.
 */
export interface StoredBody {
  etag: string;
  identity?: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/**
 * `SIMPUL_STORED_BODIES=off`: build every body per request and leave compression to @fastify/compress,
 * as before stored bodies; the reference path of bench/http.bench.ts, and a way out if a cache bug shows.
 */
const storingOff = (): boolean => process.env.SIMPUL_STORED_BODIES === 'off';

/**
 * Bytes of bodies kept (both encodings); the least recently used go first beyond it. Enough for every
 * centre of the whole country (the national set's 13,762 networks and analyses, measured by
 * bench/national-api.bench.ts through `simpul_stored_bodies_bytes`): readers who go round every centre, as
 * a national load does, otherwise evict each body before its next ask and every request builds it again
 * (64 MB held a tenth of the country, and the stored path ran at the speed of the cold one). Memory is taken
 * only by bodies asked for: a Dinas office's hundred centres keep a few megabytes.
 */
const MAX_BYTES = 512 * 1024 * 1024;

const bodies = new Map<string, Promise<StoredBody>>();
const sizes = new Map<string, number>();
let totalBytes = 0;
let evicted = 0;

/** What the store holds and has let go of since the process started, for the metrics. */
export function storedBodyStats(): { bodies: number; bytes: number; evicted: number } {
  return { bodies: sizes.size, bytes: totalBytes, evicted };
}

/** The strong ETag of a body made from `parts` (each part an input the body depends on). */
export function etagOf(parts: readonly unknown[]): string {
  return `"${createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 27)}"`;
}

/**
 * Bodies up to this size get brotli 11 and gzip 9 (a few ms, paid once per version); larger ones brotli 5
 * and gzip 6. On the national set a body is built again whenever it has left the store, and brotli 11
 * cost 1.3 s for a 425 KB network (the 99th percentile centre) against 24 ms at quality 5, for 20 % more
 * bytes (docs/PERFORMANCE.md, "API latency on the national dataset").
 */
const BEST_COMPRESSION_UP_TO = 32 * 1024;

/** Serialises and compresses `value` once. */
async function store(etag: string, value: unknown): Promise<StoredBody> {
  const identity = Buffer.from(JSON.stringify(value));
  const best = identity.length <= BEST_COMPRESSION_UP_TO;
  const [br, gz] = await Promise.all([
    brotli(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    gzipAsync(identity, { level: best ? 9 : 6 }),
  ]);
  return { etag, br, gzip: gz };
}

/**
 * The stored body under `etag`, built by `build` on a miss. Concurrent misses share one build (a cold
 * centre under 100 readers is loaded once); a failed build is forgotten so the next request tries again.
 */
export function storedBody(etag: string, build: () => Promise<unknown>): Promise<StoredBody> {
  if (storingOff()) return build().then((value) => ({ etag, identity: Buffer.from(JSON.stringify(value)) }));
  const found = bodies.get(etag);
  if (found) {
    bodies.delete(etag);
    bodies.set(etag, found);
    return found;
  }
  const pending = build().then((value) => store(etag, value));
  bodies.set(etag, pending);
  pending.then(
    (body) => remember(etag, body),
    () => bodies.delete(etag),
  );
  return pending;
}

function remember(etag: string, body: StoredBody): void {
  if (!bodies.has(etag)) return;
  const size = (body.identity?.length ?? 0) + (body.br?.length ?? 0) + (body.gzip?.length ?? 0);
  sizes.set(etag, size);
  totalBytes += size;
  for (const oldest of bodies.keys()) {
    if (totalBytes <= MAX_BYTES || oldest === etag) break;
    bodies.delete(oldest);
    totalBytes -= sizes.get(oldest) ?? 0;
    sizes.delete(oldest);
    evicted += 1;
  }
}

/** Forgets every stored body (tests that compare a cold and a warm path). */
export function clearStoredBodies(): void {
  bodies.clear();
  sizes.clear();
  totalBytes = 0;
}

/** The encoding to send: brotli, then gzip, when the client accepts it (a `q=0` refuses). */
export function negotiate(acceptEncoding: string | undefined): 'br' | 'gzip' | 'identity' {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return 'identity';
}

/** True when `If-None-Match` names `etag` (or `*`). */
function clientHas(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/**
 * Answers with `body`: 304 when the client's `If-None-Match` matches, else the precompressed bytes the
 * client accepts, with `Content-Encoding` set so @fastify/compress leaves them alone. `private, no-cache`:
 * browsers keep the body and revalidate every time, shared caches keep nothing (bodies differ by reader).
 */
export function sendStored(request: FastifyRequest, reply: FastifyReply, body: StoredBody): FastifyReply {
  reply.header('ETag', body.etag);
  reply.header('Cache-Control', 'private, no-cache');
  reply.header('Vary', 'Accept-Encoding, Cookie, Authorization');
  if (clientHas(request, body.etag)) return reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  const encoding = negotiate(request.headers['accept-encoding']);
  const bytes = encoding === 'identity' ? undefined : body[encoding];
  if (!bytes) return reply.send(body.identity ?? gunzipSync(body.gzip ?? Buffer.alloc(0)));
  reply.header('Content-Encoding', encoding);
  return reply.send(bytes);
}
