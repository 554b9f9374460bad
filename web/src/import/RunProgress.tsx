import type { ImportRun } from '../../../src/io/runs/import-runs.schema.ts';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { m } from './messages.ts';

/** Where a queued import is: waiting for a worker, or the rows read so far and the stage reached. */
export function RunProgress({ run }: { run: ImportRun | null }) {
  const { t, lang } = useI18n();
  if (!run || run.status === 'queued') {
    return (
      <p className="muted" role="status" data-testid="import-progress">
        {t(m.runQueued)}
      </p>
    );
  }
  const stage = run.phase === 'checked' || run.phase === 'written' ? m.runWriting : m.runReading;
  return (
    <p className="muted" role="status" data-testid="import-progress">
      {t(stage, { rows: formatNumber(lang, run.rowsRead) })}
    </p>
  );
}
