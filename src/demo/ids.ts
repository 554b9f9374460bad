import { createHash } from 'node:crypto';

/**
 * A UUID derived from the seed and a stable key (`enterprise/CIBADUYUT/17`), so the same seed gives the
 * same ids on every machine. Laid out as UUID version 8 (RFC 9562, "custom"): SHA-256 bits with the
 * version and variant fields set.
 */
export function demoId(seed: number, key: string): string {
  const bytes = createHash('sha256').update(`simpul-demo-id/${seed}/${key}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
