import type { Case } from '../../../src/cases/cases.schema.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { hm } from './handle-messages.ts';
import { COMMITMENT_STATE_LABELS } from './labels.ts';

/** The agreement's commitments; a handler marks an open one kept or missed. */
export function CommitmentList({ kase, handles, onDone }: { kase: Case; handles: boolean; onDone(): void }) {
  const { t, lang } = useI18n();
  const { busy, error, run } = useSubmit();
  const mark = (itemId: string, commitmentState: 'kept' | 'missed') =>
    run(async () => {
      await api.send('POST', '/cases/:id/commitments/:itemId/mark', {
        params: { id: kase.id, itemId },
        body: { commitmentState },
      });
      onDone();
    });
  return (
    <>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <ul data-testid="case-commitments">
        {kase.commitments.map((k) => (
          <li key={k.id} data-state={k.commitmentState}>
            {formatDate(lang, k.dueOn)} · {k.who}: {k.what} ({t(COMMITMENT_STATE_LABELS[k.commitmentState])})
            {handles && k.commitmentState === 'open' && (
              <span className="case-marks">
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`${t(hm.markKept)}: ${k.what}`}
                  onClick={() => void mark(k.id, 'kept')}
                >
                  {t(hm.markKept)}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`${t(hm.markMissed)}: ${k.what}`}
                  onClick={() => void mark(k.id, 'missed')}
                >
                  {t(hm.markMissed)}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
