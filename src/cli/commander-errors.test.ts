import { describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { commanderErrorIn } from './commander-errors.ts';

describe("commander's parse errors", () => {
  it('are said in Indonesian, with the choices and suggestions, and left as they are in English', () => {
    const cases: [string, string][] = [
      [
        "error: unknown option '--fromat'\n(Did you mean --format?)\n",
        'opsi --fromat tidak dikenal\n(Maksud Anda --format?)\n',
      ],
      [
        "error: unknown command 'lst'\n(Did you mean one of list, last?)\n",
        'perintah lst tidak dikenal\n(Maksud Anda salah satu dari list, last?)\n',
      ],
      ["error: missing required argument 'file'\n", 'argumen file wajib diisi\n'],
      [
        "error: option '-p, --port <port>' argument missing\n",
        'opsi -p, --port <port> memerlukan nilai sesudahnya\n',
      ],
      ["error: required option '--center <id>' not specified\n", 'opsi --center <id> wajib diisi\n'],
      [
        "error: option '--lang <lang>' argument 'fr' is invalid. Allowed choices are id, en.\n",
        'nilai "fr" untuk opsi --lang <lang> tidak sah. Pilihan yang ada: id, en.\n',
      ],
      [
        "error: too many arguments for 'list'. Expected 0 arguments but got 2.\n",
        'terlalu banyak argumen: perintah ini menerima 0, diberikan 2.\n',
      ],
      ['error: something commander may add one day\n', 'error: something commander may add one day\n'],
    ];
    for (const [english, indonesian] of cases) {
      expect(commanderErrorIn('id', english)).toBe(indonesian);
      expect(commanderErrorIn('en', english)).toBe(english);
    }
  });

  it('reach the terminal in the language of the run', async () => {
    const id = await runSimpul(['centers', 'list', '--fromat', 'json'], { env: { SIMPUL_LANG: 'id' } });
    expect(id.code).toBe(1);
    expect(id.stderr).toContain('opsi --fromat tidak dikenal');
    expect(id.stderr).not.toContain('unknown option');
    const en = await runSimpul(['centers', 'list', '--fromat', 'json', '--lang', 'en']);
    expect(en.stderr).toContain("error: unknown option '--fromat'");
  }, 60_000);
});
