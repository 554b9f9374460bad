import { createHash, randomBytes } from 'node:crypto';

// Crockford's base32 without I, L, O, U: read aloud or copied from paper without mix-ups.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A new follow-up code: 100 random bits as 20 base32 characters in groups of four (`K7Q2-…`). With that
 * much entropy a plain SHA-256 suffices to store it: guessing is hopeless, so no slow hash is needed.
 */
export function newFollowUpCode(): string {
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return chars.match(/.{4}/g)?.join('-') ?? chars;
}

/** The stored form of a code: SHA-256 of its characters, upper-cased, without separators or spaces. */
export function hashFollowUpCode(code: string): string {
  const canonical = code.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return createHash('sha256').update(canonical).digest('hex');
}
