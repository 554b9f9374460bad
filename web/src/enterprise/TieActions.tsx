import { useState } from 'react';
import type { Interaction } from '../../../src/interactions/interactions.schema.ts';
import { ApiError, api } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { xm } from './edit-messages.ts';

type Mode = 'idle' | 'end' | 'correct' | 'archive';

interface Props {
  tie: Interaction;
  partner: string;
  /** After a save: the message to show and a reload of the list. */
  onDone(message: string): void;
}

/**
 * End, correct or archive one tie. Each write sends the version the list showed; a 409 means someone else
 * saved first, so the list reloads with a message rather than overwriting their change.
 */
export function TieActions({ tie, partner, onDone }: Props) {
  const { t } = useI18n();
  const today = new Date().toISOString().slice(0, 10);
  const [mode, setMode] = useState<Mode>('idle');
  const [startDate, setStartDate] = useState(tie.startDate);
  const [endDate, setEndDate] = useState(tie.endDate ?? '');
  const [strength, setStrength] = useState(tie.strength ? String(tie.strength) : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const run = async (write: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await write();
      setMode('idle');
      onDone(done);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) onDone(t(xm.conflict));
      else setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };
  const patch = (body: { startDate?: string; endDate?: string | null; strength?: number | null }) =>
    run(
      () =>
        api.send('PATCH', '/interactions/:id', {
          params: { id: tie.id },
          body: { ...body, version: tie.version },
        }),
      t(xm.tieSaved),
    );
  const fieldError = (path: string) => (error instanceof ApiError ? error.field(path) : undefined);
  const other =
    error && !['startDate', 'endDate', 'strength'].some((p) => fieldError(p)) ? error.message : null;
  const label = t(xm.tieWith, { name: partner });
  if (mode === 'idle')
    return (
      <div className="tie-actions">
        {!tie.endDate && (
          <button
            type="button"
            onClick={() => {
              setEndDate(today);
              setMode('end');
            }}
          >
            {t(xm.endTie)}
          </button>
        )}
        <button type="button" onClick={() => setMode('correct')}>
          {t(xm.correctTie)}
        </button>
        <button type="button" className="danger" onClick={() => setMode('archive')}>
          {t(xm.archiveTie)}
        </button>
      </div>
    );
  return (
    <fieldset className="inline-edit">
      <legend className="sr-only">{label}</legend>
      {mode === 'archive' && <p className="small">{t(xm.confirmArchive, { name: partner })}</p>}
      {mode === 'correct' && (
        <InputField
          type="date"
          label={t(xm.tieStartDate)}
          required
          value={startDate}
          onChange={setStartDate}
          error={fieldError('startDate')}
        />
      )}
      {mode !== 'archive' && (
        <InputField
          type="date"
          label={t(xm.tieEndDate)}
          required={mode === 'end'}
          value={endDate}
          onChange={setEndDate}
          error={fieldError('endDate')}
        />
      )}
      {mode === 'correct' && (
        <InputField
          type="number"
          label={t(xm.tieStrength)}
          value={strength}
          onChange={setStrength}
          error={fieldError('strength')}
        />
      )}
      <button
        type="button"
        className={mode === 'archive' ? 'danger' : 'primary'}
        disabled={busy}
        onClick={() =>
          mode === 'archive'
            ? run(
                () =>
                  api.send('POST', '/interactions/:id/archive', {
                    params: { id: tie.id },
                    body: { version: tie.version },
                  }),
                t(xm.tieArchived),
              )
            : mode === 'end'
              ? patch({ endDate })
              : patch({ startDate, endDate: endDate || null, strength: strength ? Number(strength) : null })
        }
      >
        {busy ? t(xm.saving) : mode === 'archive' ? t(xm.archiveTie) : t(xm.save)}
      </button>
      <button type="button" onClick={() => setMode('idle')}>
        {t(xm.cancel)}
      </button>
      {other && (
        <p className="field-error" role="alert">
          {other}
        </p>
      )}
    </fieldset>
  );
}
