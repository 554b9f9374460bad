// The action of `simpul ecosystem …`, loaded when it runs (ecosystem-commands.ts registers it).

import type { Ecosystem } from '../ecosystem/ecosystem.schema.ts';
import { centerEcosystem } from '../ecosystem/ecosystem.service.ts';
import { formatProxy, formatScore } from '../ecosystem/ecosystem-format.ts';
import { currentLang } from '../shared/i18n.ts';
import { withDatabase } from './runtime.ts';

const CLI_ACTOR = { kind: 'system', label: 'simpul ecosystem' } as const;

/** `simpul ecosystem CENTER_ID`: the same index as `GET /api/centers/:id/ecosystem`, as the operator. */
export async function ecosystemCommand(
  centerId: string,
  options: { compare?: string; json?: boolean },
): Promise<void> {
  await withDatabase(async ({ db }) => {
    const result = await centerEcosystem(db, CLI_ACTOR, centerId, { compare: options.compare });
    process.stdout.write(
      options.json ? `${JSON.stringify(result, null, 2)}\n` : `${ecosystemText(result)}\n`,
    );
  });
}

/** The comparison as plain text: one row per element, one column per centre, then the indices and proxies. */
export function ecosystemText(e: Ecosystem): string {
  const lang = currentLang();
  const en = lang === 'en';
  const cols = e.centers.map((c) => c.name);
  const row = (label: string, cells: string[]) =>
    [label.padEnd(28), ...cells.map((c) => c.padStart(12))].join(' ');
  const lines = [
    row(
      en ? 'Element' : 'Elemen',
      cols.map((n) => n.slice(0, 12)),
    ),
    ...e.elements.map((el, i) =>
      row(
        el.label[lang],
        e.centers.map((c) => formatScore(lang, c.elements[i]?.score ?? null)),
      ),
    ),
    row(
      en ? 'Additive index' : 'Indeks aditif',
      e.centers.map((c) => formatScore(lang, c.additive)),
    ),
    row(
      en ? 'Geometric index' : 'Indeks geometrik',
      e.centers.map((c) => formatScore(lang, c.geometric)),
    ),
    row(
      en ? 'Elements present' : 'Elemen tersedia',
      e.centers.map((c) => `${c.presentElements}/10`),
    ),
    '',
    en ? 'Proxies (value · n · year · source):' : 'Proksi (nilai · n · tahun · sumber):',
  ];
  const focus = e.centers[0];
  e.indicators.forEach((ind, i) => {
    const r = focus?.readings[i];
    const value =
      ind.status === 'not_recorded'
        ? en
          ? 'not recorded'
          : 'tidak dicatat'
        : formatProxy(lang, ind.kind, r?.raw ?? null);
    lines.push(`  ${ind.label[lang]}: ${value} · n ${r?.n ?? '–'} · ${r?.year ?? '–'} · ${ind.source[lang]}`);
  });
  return lines.join('\n');
}
