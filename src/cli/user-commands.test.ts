import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';

let database: TestDatabase;
const simpul = (input: string, ...args: string[]) =>
  runSimpul(args, { databaseUrl: database.url, input: `${input}\n` });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe('simpul user create | password', () => {
  it('refuses a guessable password with the reason, and takes a passphrase', async () => {
    const weak = await simpul(
      'password12',
      'user',
      'create',
      '--role',
      'viewer',
      '--email',
      'rina@uji.example',
    );
    expect(weak.code, weak.stderr).toBe(2);
    expect(weak.stderr).toMatch(/Kata sandi terlalu mudah ditebak\. .*umum digunakan/);
    const strong = await simpul(
      'kopi tubruk di pasar plered tiap kamis',
      'user',
      'create',
      '--role',
      'viewer',
      '--email',
      'rina@uji.example',
    );
    expect(strong.code, strong.stderr).toBe(0);

    const own = await simpul('Rina-2024-rina', 'user', 'password', 'rina@uji.example');
    expect(own.code, own.stderr).toBe(2);
    expect(own.stderr).toMatch(/Kata sandi tidak boleh memuat nama pada alamat email \(rina\)/);
    const short = await simpul('pendek', 'user', 'password', 'rina@uji.example');
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/Kata sandi harus paling sedikit 10 karakter/);
  }, 120_000);
});
