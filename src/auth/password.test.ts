import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

const composed = 'kopi susu café di pojok jalan';
const decomposed = composed.normalize('NFD');

describe('password hashing', () => {
  it('treats canonically equal spellings as one password (NFKC, NIST SP 800-63B)', async () => {
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(await hashPassword(composed), decomposed)).toBe(true);
    expect(await verifyPassword(await hashPassword(decomposed), composed)).toBe(true);
    expect(await verifyPassword(await hashPassword(composed), 'kopi susu cafe di pojok jalan')).toBe(false);
  });

  it('still accepts a hash made before normalisation, of the password as typed', async () => {
    const old = await hash(decomposed, { algorithm: 2 });
    expect(await verifyPassword(old, decomposed)).toBe(true);
  });
});
