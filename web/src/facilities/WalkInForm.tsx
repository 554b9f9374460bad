import { useState } from 'react';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField } from '../ui/Field.tsx';
import { fm } from './messages.ts';

/** Records a day the facility was used without a booking (centre managers and officers). */
export function WalkInForm({ facilityId, onDone }: { facilityId: string; onDone(): void }) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const [usedOn, setUsedOn] = useState('');
  return (
    <form
      className="facility-form"
      data-testid="walk-in-form"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await api.send('POST', '/facilities/:id/usage', { params: { id: facilityId }, body: { usedOn } });
          setUsedOn('');
          onDone();
        });
      }}
    >
      <h2>{t(fm.walkInTitle)}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      <InputField
        label={t(fm.usedOn)}
        required
        type="date"
        name="usedOn"
        value={usedOn}
        onChange={setUsedOn}
        error={fieldError('usedOn')}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t(fm.record)}
        </button>
      </div>
    </form>
  );
}
