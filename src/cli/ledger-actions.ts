// The actions of `simpul ledger …`, loaded when one runs (ledger-commands.ts registers them).
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { recordIdByCode } from '../design-ledger/design-ledger.repo.ts';
import { type DesignRecord, DesignRecordCreateSchema } from '../design-ledger/design-ledger.schema.ts';
import { getDesignRecord, recordDesign } from '../design-ledger/design-ledger.service.ts';
import { evidenceSheet } from '../design-ledger/evidence-sheet.ts';
import { verifyLedger } from '../design-ledger/ledger-verify.service.ts';
import { AppError } from '../shared/errors.ts';
import { currentLang } from '../shared/i18n.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { withDatabase } from './runtime.ts';

/** The options of `simpul ledger record`. */
export interface RecordOptions {
  enterprise: string;
  title: string;
  category: string;
  description?: string;
  firstPublished?: string;
  json?: boolean;
}

const CLI_ACTOR = { kind: 'system', label: 'simpul ledger' } as const;

/** `simpul ledger record FILES…`: the same checks and chain as the API, as the operator. */
export async function recordDesignCommand(files: string[], options: RecordOptions): Promise<void> {
  const images = await Promise.all(
    files.map(async (file) => ({
      fileName: basename(file),
      data: (await readFile(file)).toString('base64'),
    })),
  );
  const parsed = DesignRecordCreateSchema.safeParse({
    enterpriseId: options.enterprise,
    title: options.title,
    category: options.category,
    description: options.description,
    firstPublishedOn: options.firstPublished,
    images,
  });
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    throw new AppError('validation_failed', details[0]?.message ?? '', details);
  }
  await withDatabase(async ({ db }) => {
    const record = await recordDesign(db, CLI_ACTOR, parsed.data);
    print(record, options.json);
    if (record.alreadyRecorded) {
      say(
        words({
          id: 'Gambar ini sudah tercatat; tidak ada yang disimpan.',
          en: 'These images are already recorded; nothing was stored.',
        }),
      );
    }
  });
}

/** `simpul ledger verify`: walks the chain; exit code 1 when a link is broken. */
export async function verifyLedgerCommand(options: { json?: boolean }): Promise<void> {
  await withDatabase(async ({ db }) => {
    const result = await verifyLedger(db);
    if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else say(result.message);
    if (!result.intact) process.exitCode = 1;
  });
}

/** `simpul ledger show ID|CODE`: one record; `--pdf FILE` also writes its evidence sheet. */
export async function showDesignCommand(
  key: string,
  options: { pdf?: string; json?: boolean },
): Promise<void> {
  await withDatabase(async ({ db }, config) => {
    const id = key.startsWith('SL-') ? ((await recordIdByCode(db, key.toUpperCase())) ?? key) : key;
    const record = await getDesignRecord(db, id);
    print(record, options.json);
    if (options.pdf) {
      await writeFile(options.pdf, await evidenceSheet(db, record.id, currentLang(), config.publicUrl));
      say(
        words(
          { id: 'Lembar bukti ditulis ke {file}', en: 'Evidence sheet written to {file}' },
          { file: options.pdf },
        ),
      );
    }
  });
}

function print(record: DesignRecord, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
    return;
  }
  const lines = [
    `${record.id}\t#${record.seq}\t${record.title}\t${record.category}\t${record.enterpriseName}`,
    `recorded_at\t${record.recordedAt}`,
    `record_hash\t${record.recordHash}`,
    `previous_hash\t${record.previousHash}`,
    `verification_code\t${record.verificationCode}`,
    ...record.images.map(
      (image) => `image ${image.position + 1}\t${image.sha256}\tphash ${image.perceptualHash}`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
