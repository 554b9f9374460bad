import { describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { resolveCliLang } from './cli-lang.ts';

describe('the CLI language', () => {
  it('comes from --lang anywhere on the line, else SIMPUL_LANG, else Indonesian', () => {
    expect(resolveCliLang(['demo', '--lang', 'en'], {})).toBe('en');
    expect(resolveCliLang(['--lang=en', 'demo'], { SIMPUL_LANG: 'id' })).toBe('en');
    expect(resolveCliLang(['demo'], { SIMPUL_LANG: 'EN' })).toBe('en');
    expect(resolveCliLang(['demo', '--lang', 'id'], { SIMPUL_LANG: 'en' })).toBe('id');
    expect(resolveCliLang(['demo'], { SIMPUL_LANG: 'fr' })).toBe('id');
    expect(resolveCliLang([], {})).toBe('id');
  });

  it('writes `simpul --help` in Indonesian by default and in English when asked', async () => {
    const id = await runSimpul(['--help'], { env: { SIMPUL_LANG: 'id' } });
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Pemakaian: simpul');
    expect(id.stdout).toContain('jalankan server web dan API');
    expect(id.stdout).toContain('Perintah:');
    expect(id.stdout).not.toContain('run the web server');
    const en = await runSimpul(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('run the web server and API');
    expect(en.stdout).toContain('Commands:');
    const sub = await runSimpul(['centers', 'list', '--help'], { env: { SIMPUL_LANG: 'en' } });
    expect(sub.stdout).toContain('list centres: id, name, status and regions');
    expect(sub.stdout).toMatch(/--lang <lang> +language of messages and help/);
  }, 60_000);
});
