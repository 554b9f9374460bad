import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import type { TestContext } from '../../test/app.ts';
import { createCenter, createEnterprise } from '../memberships/memberships.test-helpers.ts';

/**
 * Test images: a seeded pattern of 8 × 8 grey blocks, so each seed has its own perceptual hash and the
 * same seed re-encoded or slightly brightened stays within a few bits.
 */
export async function patternImage(
  seed: number,
  options: { format?: 'jpeg' | 'png' | 'webp'; brighten?: number; side?: number; exif?: boolean } = {},
): Promise<Buffer> {
  const side = options.side ?? 256;
  // mulberry32: 32-bit integer arithmetic, so every seed gives its own blocks.
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const blocks = Array.from({ length: 64 }, () => Math.floor(random() * 256));
  const raw = Buffer.alloc(side * side * 3);
  const cell = side / 8;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const grey = blocks[Math.floor(y / cell) * 8 + Math.floor(x / cell)] as number;
      raw.fill(Math.min(255, grey + (options.brighten ?? 0)), (y * side + x) * 3, (y * side + x) * 3 + 3);
    }
  }
  let image = sharp(raw, { raw: { width: side, height: side, channels: 3 } });
  if (options.exif) {
    image = image.withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'Rahasia GPS -6.9,107.6' } } });
  }
  const format = options.format ?? 'jpeg';
  return format === 'png'
    ? image.png().toBuffer()
    : format === 'webp'
      ? image.webp().toBuffer()
      : image.jpeg().toBuffer();
}

/** A PNG whose header claims `width` × `height` pixels with almost no data: a decompression bomb's shape. */
export function bombPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A design record's body for `enterpriseId` with the given image files. */
export function buildDesignInput(
  enterpriseId: string,
  files: Buffer[],
  overrides: Record<string, unknown> = {},
) {
  return {
    enterpriseId,
    title: 'Motif Mega Mendung Biru',
    description: 'Awan bergradasi tujuh warna biru, cap tembaga.',
    category: 'Motif batik',
    firstPublishedOn: '2024-03-01',
    images: files.map((bytes, index) => ({
      fileName: `desain-${index + 1}.jpg`,
      data: bytes.toString('base64'),
    })),
    ...overrides,
  };
}

/** A centre with two member firms, and one firm of no centre. */
export async function ledgerWorld(ctx: TestContext) {
  const centerId = await createCenter(ctx);
  const members: string[] = [];
  for (let i = 0; i < 2; i++) {
    const id = await createEnterprise(ctx);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/center-memberships',
      payload: { centerId, enterpriseId: id, validFrom: '2015-01-01' },
    });
    if (response.statusCode >= 300) throw new Error(response.body);
    members.push(id);
  }
  return { centerId, members, loner: await createEnterprise(ctx) };
}
