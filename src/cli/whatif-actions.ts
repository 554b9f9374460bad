// The action of `simpul whatif …`, loaded when it runs (whatif-commands.ts registers it).
import { readFile } from 'node:fs/promises';
import { loadPseudonymKey } from '../auth/pseudonym.ts';
import { WhatIfRequestSchema, type WhatIfResult, type WhatIfSide } from '../scenarios/what-if.schema.ts';
import { runWhatIf } from '../scenarios/what-if.service.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang } from '../shared/i18n.ts';
import { formatMeasure } from '../shared/measure-format.ts';
import { words } from './cli-lang.ts';
import { withDatabase } from './runtime.ts';

/** The options of `simpul whatif`. */
export interface WhatIfOptions {
  edits: string;
  at?: string;
  json?: boolean;
}

const CLI_ACTOR = { kind: 'system', label: 'simpul whatif' } as const;

/** `simpul whatif CENTER_ID --edits FILE`: the API's simulation as the operator (full view), printed. */
export async function whatIfCommand(centerId: string, options: WhatIfOptions): Promise<void> {
  let edits: unknown;
  try {
    edits = JSON.parse(await readFile(options.edits, 'utf8'));
  } catch {
    const message = words(
      { id: 'Berkas {file} bukan JSON yang terbaca.', en: 'File {file} is not readable JSON.' },
      { file: options.edits },
    );
    throw new AppError('validation_failed', message, [{ path: 'edits', message }]);
  }
  const parsed = WhatIfRequestSchema.safeParse({ edits, at: options.at });
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    throw new AppError('validation_failed', details[0]?.message ?? '', details);
  }
  await withDatabase(async ({ db }) => {
    const key = await loadPseudonymKey(db);
    const result = await runWhatIf(db, CLI_ACTOR, key, centerId, parsed.data);
    process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${table(result)}\n`);
  });
}

const ROWS: [{ id: string; en: string }, (s: WhatIfSide, lang: 'id' | 'en') => string][] = [
  [{ id: 'Pola', en: 'Pattern' }, (s, lang) => s.pattern.label[lang]],
  [{ id: 'IKM', en: 'Firms' }, (s) => String(s.firms)],
  [
    { id: 'Ikatan kerja sama / konflik', en: 'Collaboration / conflict ties' },
    (s) => `${s.collaborationTies} / ${s.conflictTies}`,
  ],
  [
    { id: 'Komponen (semua / kerja sama)', en: 'Components (all / collaboration)' },
    (s) => `${s.components} / ${s.collaborationComponents}`,
  ],
  [
    { id: 'Kepadatan kerja sama / konflik', en: 'Collaboration / conflict density' },
    (s, lang) =>
      `${formatMeasure(lang, 'collaborationDensity', s.collaborationDensity)} / ${formatMeasure(lang, 'conflictDensity', s.conflictDensity)}`,
  ],
  [
    { id: 'Indeks frustrasi', en: 'Frustration index' },
    (s, lang) => formatMeasure(lang, 'frustration', s.frustration),
  ],
  [
    { id: 'Kubu (ukuran)', en: 'Camps (sizes)' },
    (s) => (s.camps ? `${s.camps[0].length} / ${s.camps[1].length}` : '—'),
  ],
  [{ id: 'Perantara utama', en: 'Main brokers' }, (s) => s.brokers.map((b) => b.label).join(', ') || '—'],
];

function table(result: WhatIfResult): string {
  const lang = currentLang();
  const head = [
    words({ id: 'Ukuran', en: 'Measure' }),
    words({ id: 'Hari ini', en: 'Today' }),
    words({ id: 'Sesudah', en: 'After' }),
  ];
  const lines = ROWS.map(([label, cell]) => [
    label[lang],
    cell(result.before, lang),
    cell(result.after, lang),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  const changed = words(
    {
      id: '{n} ikatan berubah ({added} ditambah, {removed} dihapus).',
      en: '{n} ties changed ({added} added, {removed} removed).',
    },
    {
      n: result.changes.length,
      added: result.changes.filter((c) => c.change === 'added').length,
      removed: result.changes.filter((c) => c.change === 'removed').length,
    },
  );
  return [row(head), ...lines.map(row), '', changed].join('\n');
}
