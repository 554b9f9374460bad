import type { Command } from 'commander';
import { Option } from 'commander';
import { ROLES } from '../auth/actor.ts';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const run = () => import('./user-actions.ts');

/** `simpul user …` and `simpul token …`: accounts, roles, scopes and API tokens from the terminal. */
export function registerUserCommands(program: Command): void {
  const user = program
    .command('user')
    .description(
      d({ id: 'kelola akun pengguna, peran dan cakupan', en: 'manage user accounts, roles and scopes' }),
    );
  const scopeOptions = (command: Command) =>
    command
      .option(
        '--region <code>',
        d({
          id: 'cakupan wilayah (boleh diulang): kode provinsi atau kabupaten/kota',
          en: 'region scope (repeatable): province or regency/city code',
        }),
        collect,
      )
      .option(
        '--center <center>',
        d({
          id: 'cakupan sentra (boleh diulang): id atau nama persisnya',
          en: "centre scope (repeatable): the centre's id or exact name",
        }),
        collect,
      )
      .option(
        '--enterprise <id>',
        d({ id: 'cakupan IKM (boleh diulang)', en: 'enterprise scope (repeatable)' }),
        collect,
      )
      .option(
        '--project <id>',
        d({ id: 'cakupan proyek penelitian (boleh diulang)', en: 'research project scope (repeatable)' }),
        collect,
      );

  scopeOptions(
    user
      .command('create')
      .description(
        d({
          id: 'buat pengguna; kata sandi dibaca dari prompt atau, bila disalurkan, dari stdin',
          en: 'create a user; the password is read from a prompt or, when piped, from stdin',
        }),
      )
      .requiredOption('--email <email>', d({ id: 'email untuk masuk', en: 'sign-in email' }))
      .addOption(
        new Option('--role <role>', d({ id: 'peran', en: 'role' })).choices(ROLES).makeOptionMandatory(),
      )
      .option(
        '--name <name>',
        d({ id: 'nama tampilan (bawaan: emailnya)', en: 'display name (default: the email)' }),
      )
      .option(
        '--personal-data',
        d({
          id: 'peneliti: boleh melihat data pribadi, bukan nama samaran',
          en: 'researcher: may see personal data instead of pseudonyms',
        }),
      )
      .option(
        '--no-password',
        d({
          id: 'buat tanpa kata sandi (admin mengaturnya nanti)',
          en: 'create without a password (an admin sets one later)',
        }),
      ),
  ).action(lazyAction(run, 'createUserCommand'));

  user
    .command('list')
    .description(
      d({ id: 'daftar pengguna dengan peran dan cakupannya', en: 'list users with their roles and scopes' }),
    )
    .action(lazyAction(run, 'listUsersCommand'));

  scopeOptions(
    user
      .command('update')
      .description(
        d({
          id: 'ubah pengguna: peran, cakupan (mengganti yang lama bila ada yang diberikan), status',
          en: 'change a user: role, scopes (replacing the old ones when any is given), status',
        }),
      )
      .argument('<email>', d({ id: 'penggunanya', en: 'the user' }))
      .addOption(new Option('--role <role>', d({ id: 'peran baru', en: 'new role' })).choices(ROLES))
      .option('--name <name>', d({ id: 'nama tampilan', en: 'display name' }))
      .option(
        '--disable',
        d({ id: 'nonaktifkan akun (mengakhiri sesinya)', en: 'disable the account (ends its sessions)' }),
      )
      .option('--enable', d({ id: 'aktifkan akun', en: 'enable the account' })),
  ).action(lazyAction(run, 'updateUserCommand'));

  user
    .command('password')
    .description(
      d({
        id: 'atur kata sandi pengguna (prompt atau stdin); membuka kuncian dan mengakhiri sesinya',
        en: "set a user's password (prompt or stdin); clears a lockout and ends their sessions",
      }),
    )
    .argument('<email>', d({ id: 'penggunanya', en: 'the user' }))
    .action(lazyAction(run, 'setPasswordCommand'));
}
