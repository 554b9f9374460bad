// The actions of `simpul prices …`, loaded when one runs (prices-commands.ts registers them).
import { FLAG_LABELS, PRICE_KIND_LABELS } from '../price-agreements/price-agreements.constants.ts';
import {
  type PriceAgreement,
  PriceAgreementListQuerySchema,
} from '../price-agreements/price-agreements.schema.ts';
import { getPriceAgreement, listPriceAgreements } from '../price-agreements/price-agreements.service.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { withDatabase } from './runtime.ts';

/** The options of `simpul prices list`. */
export interface ListOptions {
  center?: string;
  institution?: string;
  flag?: string;
  json?: boolean;
}

const PAGE = 500;
const money = (n: number) => `Rp ${Math.round(n).toLocaleString('id-ID')}`;

/** `simpul prices list`: every agreement (the operator sees all), as lines or JSON. */
export async function listPricesCommand(options: ListOptions): Promise<void> {
  const parsed = PriceAgreementListQuerySchema.safeParse({
    centerId: options.center,
    institutionId: options.institution,
    flag: options.flag,
    limit: PAGE,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.message ?? '';
    throw new AppError('validation_failed', message, [
      { path: `--${String(issue?.path[0] ?? '')}`, message },
    ]);
  }
  await withDatabase(async ({ db }) => {
    const page = await listPriceAgreements(db, parsed.data, undefined);
    if (options.json) {
      process.stdout.write(`${JSON.stringify(page.items, null, 2)}\n`);
    } else {
      for (const a of page.items) {
        const price = `${money(a.price)}/${a.unit}`;
        process.stdout.write(
          `${a.id}\t${a.product}\t${price}\t${a.institutionName}\t${a.effectiveFrom}\t${a.consents}\t${tr(FLAG_LABELS[a.flag])}\n`,
        );
      }
    }
    say(words({ id: '{n} kesepakatan harga', en: '{n} price agreements' }, { n: page.total }));
  });
}

/** `simpul prices show ID`: consents, the flag with its explanation and the not-legal-advice note. */
export async function showPriceCommand(id: string, options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => print(await getPriceAgreement(db, id), options.json));
}

/** Prints an agreement: its lines for a person, or JSON. */
export function print(a: PriceAgreement, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(a, null, 2)}\n`);
    return;
  }
  const flag = a.competitionFlag;
  const lines = [
    `${a.product} — ${tr(PRICE_KIND_LABELS[a.priceKind])} ${money(a.price)}/${a.unit} — ${a.institutionName} (${a.centerName})`,
    `${a.effectiveFrom} – ${a.effectiveTo ?? '…'}`,
    '',
    words({ id: 'Persetujuan:', en: 'Consents:' }),
    ...a.consentList.map(
      (c) => `  ${c.enterpriseName}\t${c.consentedOn}${c.withdrawnOn ? `\t× ${c.withdrawnOn}` : ''}`,
    ),
    '',
    `${words({ id: 'Tanda hukum persaingan', en: 'Competition-law flag' })}: ${flag.label}`,
    `  ${flag.summary}`,
    ...flag.firms.map((f) => `  - ${f.explanation}`),
    `  ${flag.notLegalAdvice}`,
  ];
  if (a.violations.length > 0) {
    lines.push('', words({ id: 'Laporan pelanggaran:', en: 'Violation reports:' }));
    for (const v of a.violations) {
      const sold = v.soldPrice === null ? '' : ` ${money(v.soldPrice)}`;
      lines.push(`  ${v.soldOn}\t${v.offenderName} → ${v.affectedName}${sold}\t${v.evidenceNote}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
