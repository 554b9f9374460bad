import { type Command, Option } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const run = () => import('./token-actions.ts');

/** `simpul token …` and `simpul audit`: API tokens and the audit trail from the terminal. */
export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description(
    d({
      id: 'kelola token API (dikirim sebagai Authorization: Bearer)',
      en: 'manage API tokens (sent as Authorization: Bearer)',
    }),
  );
  token
    .command('create')
    .description(
      d({
        id: 'buat token API untuk pengguna; token dicetak sekali, di stdout',
        en: 'create an API token for a user; the token is printed once, on stdout',
      }),
    )
    .requiredOption('--user <email>', d({ id: 'pemilik token', en: 'owner of the token' }))
    .requiredOption('--name <name>', d({ id: 'kegunaan token', en: 'what the token is for' }))
    .addOption(
      new Option('--access <access>', d({ id: 'read (baca) atau write (tulis)', en: 'read or write' }))
        .choices(['read', 'write'])
        .default('read'),
    )
    .option(
      '--expires-in-days <days>',
      d({ id: 'masa berlaku (bawaan: selamanya)', en: 'expiry (default: never)' }),
    )
    .action(lazyAction(run, 'createTokenCommand'));
  token
    .command('list')
    .description(d({ id: 'daftar token seorang pengguna', en: "list a user's tokens" }))
    .requiredOption('--user <email>', d({ id: 'pemilik', en: 'owner' }))
    .action(lazyAction(run, 'listTokensCommand'));
  token
    .command('revoke')
    .description(d({ id: 'cabut token menurut id', en: 'revoke a token by id' }))
    .argument('<id>', d({ id: 'id token (lihat token list)', en: 'token id (see token list)' }))
    .action(lazyAction(run, 'revokeTokenCommand'));

  program
    .command('audit')
    .description(
      d({
        id: 'tampilkan jejak audit (terbaru dulu), seperti yang dilihat seorang pengguna',
        en: 'show the audit trail (newest first), as a given user would see it',
      }),
    )
    .option(
      '--as <email>',
      d({
        id: 'lihat dengan cakupan pengguna ini (bawaan: semuanya)',
        en: 'see it with this user’s scope (default: everything)',
      }),
    )
    .option(
      '--entity <type>',
      d({
        id: 'jenis entitas, mis. centers, enterprises, job (tugas latar, hanya admin)',
        en: 'entity type, e.g. centers, enterprises, job (background jobs, admins only)',
      }),
    )
    .option('--id <id>', d({ id: 'id entitas', en: 'entity id' }))
    .option('--limit <n>', d({ id: 'berapa entri', en: 'how many entries' }), '50')
    .option('--json', d({ id: 'cetak baris JSON', en: 'print JSON lines' }))
    .action(lazyAction(run, 'auditCommand'));
}
