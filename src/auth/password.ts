import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). Algorithm 2 = argon2id.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * NFKC, as NIST SP 800-63B §5.1.1.2 asks: "é" typed as one code point or as e + accent, or a full-width
 * digit, is the same password on every keyboard.
 */
const normalize = (password: string): string => password.normalize('NFKC');

/** Hashes a password (NFKC-normalised) with argon2id; the result embeds salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(normalize(password), OPTIONS);
}

/** Checks a password against a stored hash; false (never an exception) for a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    if (await verify(storedHash, normalize(password))) return true;
    // Hashes made before normalisation hold the password as typed; only a password NFKC changes can differ.
    return normalize(password) !== password && (await verify(storedHash, password));
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal which emails exist. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('simpul-no-such-user');
  return dummyHash;
}
