import { createHash } from 'node:crypto';

/**
 * The design ledger's hash chain: each record's hash is the SHA-256 of a canonical serialisation of its
 * fields, its images' hashes, the server timestamp and the previous record's hash, so changing any stored
 * field, image or the order breaks every later link and `verifyChain` names the first broken one.
 */

/** The `previous_hash` of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** What goes into a record's hash. */
export interface ChainedContent {
  seq: number;
  enterpriseId: string;
  title: string;
  description: string | null;
  category: string;
  firstPublishedOn: string | null;
  recordedAt: string;
  previousHash: string;
  images: { position: number; sha256: string; originalSha256: string; perceptualHash: string }[];
}

/** SHA-256 of bytes as lowercase hex. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The canonical serialisation: JSON with the keys in a fixed order (not the object's), images by
 * position, so the same content always gives the same bytes whatever code built the object.
 */
export function canonicalContent(content: ChainedContent): string {
  const images = [...content.images]
    .sort((a, b) => a.position - b.position)
    .map((image) => [image.position, image.sha256, image.originalSha256, image.perceptualHash]);
  return JSON.stringify([
    'simpul-design-ledger/1',
    content.seq,
    content.enterpriseId,
    content.title,
    content.description,
    content.category,
    content.firstPublishedOn,
    content.recordedAt,
    content.previousHash,
    images,
  ]);
}

/** The record hash of `content`. */
export function recordHash(content: ChainedContent): string {
  return sha256Hex(canonicalContent(content));
}

/** Why a link is broken, as a code the messages word. */
export type BrokenLinkReason = 'record_hash' | 'previous_hash' | 'image_bytes' | 'sequence';

/** One stored link as verify reads it. */
export interface StoredLink {
  id: string;
  content: ChainedContent;
  storedHash: string;
  /** Whether every image's bytes still hash to its stored SHA-256. */
  imagesIntact: boolean;
}

/** The first broken link of a run of links following `previousHash` at position `expectedSeq`, if any. */
export function firstBrokenLink(
  links: readonly StoredLink[],
  previousHash: string,
  expectedSeq: number,
): { link: StoredLink; reason: BrokenLinkReason } | undefined {
  let prior = previousHash;
  let seq = expectedSeq;
  for (const link of links) {
    if (link.content.seq !== seq) return { link, reason: 'sequence' };
    if (link.content.previousHash !== prior) return { link, reason: 'previous_hash' };
    if (recordHash(link.content) !== link.storedHash) return { link, reason: 'record_hash' };
    if (!link.imagesIntact) return { link, reason: 'image_bytes' };
    prior = link.storedHash;
    seq++;
  }
  return undefined;
}
