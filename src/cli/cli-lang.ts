import { type Argument, Help, Option } from 'commander';
import { LANGS, type Lang, type Message, tr } from '../shared/lang.ts';

/**
 * The terminal's language: `--lang id|en` anywhere on the command line, else the SIMPUL_LANG variable,
 * else Indonesian. Read from the raw arguments because help texts are written before commander parses.
 */
export function resolveCliLang(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  for (let i = argv.length - 1; i >= 0; i--) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (isLang(value)) return value;
  }
  const fromEnv = env.SIMPUL_LANG?.trim().toLowerCase();
  return isLang(fromEnv) ? fromEnv : 'id';
}

const isLang = (value: string | undefined): value is Lang => LANGS.some((lang) => lang === value);

/** The language this run of `simpul` speaks. */
export const CLI_LANG: Lang = resolveCliLang(process.argv.slice(2), process.env);

/** A help text (command or option description) in the run's language. */
export const d = (message: Message): string => message[CLI_LANG];

/** `--lang`, one option for the whole program; its default is what SIMPUL_LANG or the line chose. */
export const langOption = (): Option =>
  new Option(
    '--lang <lang>',
    d({
      id: 'bahasa pesan dan bantuan (atau SIMPUL_LANG)',
      en: 'language of messages and help (or SIMPUL_LANG)',
    }),
  )
    .choices(LANGS)
    .default(CLI_LANG);

/** A line for the terminal in the run's language (signal handlers too, which run outside any command). */
export const words = (message: Message, params: Record<string, string | number> = {}): string =>
  tr(message, params, CLI_LANG);

const TITLES: Record<string, Message> = {
  'Usage:': { id: 'Pemakaian:', en: 'Usage:' },
  'Options:': { id: 'Opsi:', en: 'Options:' },
  'Global Options:': { id: 'Opsi umum:', en: 'Global Options:' },
  'Commands:': { id: 'Perintah:', en: 'Commands:' },
  'Arguments:': { id: 'Argumen:', en: 'Arguments:' },
};

// Commander writes "(choices: …, default: …)" itself; in Indonesian those words are translated too.
const extras = (text: string) =>
  CLI_LANG === 'en'
    ? text
    : text.replace(/\(choices: /, '(pilihan: ').replace(/(\(|, )default: /, '$1bawaan: ');

/** Help layout in the run's language: headings and commander's own words, global options on every page. */
export const HELP_CONFIG: Partial<Help> = {
  showGlobalOptions: true,
  styleTitle: (title: string) => TITLES[title]?.[CLI_LANG] ?? title,
  optionDescription(this: Help, option: Option) {
    return extras(Help.prototype.optionDescription.call(this, option));
  },
  argumentDescription(this: Help, argument: Argument) {
    return extras(Help.prototype.argumentDescription.call(this, argument));
  },
};
