import { describe, expect, it } from 'vitest';
import {
  type ChainedContent,
  firstBrokenLink,
  GENESIS_HASH,
  recordHash,
  type StoredLink,
} from './ledger-chain.ts';

const content = (seq: number, previousHash: string, title = `Motif ${seq}`): ChainedContent => ({
  seq,
  enterpriseId: '00000000-0000-4000-8000-000000000001',
  title,
  description: null,
  category: 'Motif',
  firstPublishedOn: null,
  recordedAt: '2026-12-06T07:00:00.000Z',
  previousHash,
  images: [
    {
      position: 1,
      sha256: 'b'.repeat(64),
      originalSha256: 'd'.repeat(64),
      perceptualHash: '00000000000000ff',
    },
    {
      position: 0,
      sha256: 'a'.repeat(64),
      originalSha256: 'c'.repeat(64),
      perceptualHash: 'ff00000000000000',
    },
  ],
});

function chain(length: number): StoredLink[] {
  const links: StoredLink[] = [];
  let previous = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const c = content(seq, previous);
    previous = recordHash(c);
    links.push({ id: `r${seq}`, content: c, storedHash: previous, imagesIntact: true });
  }
  return links;
}

describe('the ledger chain', () => {
  it('hashes the same content the same way whatever the order of its images', () => {
    const c = content(1, GENESIS_HASH);
    expect(recordHash({ ...c, images: [...c.images].reverse() })).toBe(recordHash(c));
    expect(recordHash({ ...c, title: 'Motif lain' })).not.toBe(recordHash(c));
  });

  it('accepts an intact chain and names the first changed, reordered or rehashed link', () => {
    const links = chain(4);
    expect(firstBrokenLink(links, GENESIS_HASH, 1)).toBeUndefined();
    const edited = links.map((l) =>
      l.id === 'r2' ? { ...l, content: { ...l.content, title: 'Diubah' } } : l,
    );
    expect(firstBrokenLink(edited, GENESIS_HASH, 1)).toMatchObject({
      link: { id: 'r2' },
      reason: 'record_hash',
    });
    const forged = edited.map((l) => (l.id === 'r2' ? { ...l, storedHash: recordHash(l.content) } : l));
    expect(firstBrokenLink(forged, GENESIS_HASH, 1)).toMatchObject({
      link: { id: 'r3' },
      reason: 'previous_hash',
    });
    expect(firstBrokenLink([links[0], links[2]] as StoredLink[], GENESIS_HASH, 1)).toMatchObject({
      link: { id: 'r3' },
      reason: 'sequence',
    });
    const bytes = links.map((l) => (l.id === 'r4' ? { ...l, imagesIntact: false } : l));
    expect(firstBrokenLink(bytes, GENESIS_HASH, 1)).toMatchObject({
      link: { id: 'r4' },
      reason: 'image_bytes',
    });
  });
});
