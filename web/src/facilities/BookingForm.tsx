import { useState } from 'react';
import type { Calendar } from '../../../src/facilities/bookings.schema.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { InputField, SelectField } from '../ui/Field.tsx';
import { fm } from './messages.ts';

/** Books whole days for one of the reader's member firms; an overlap or a closed day shows the server's words. */
export function BookingForm({
  facilityId,
  calendar,
  onDone,
}: {
  facilityId: string;
  calendar: Calendar;
  onDone(): void;
}) {
  const { t } = useI18n();
  const { busy, error, run, fieldError } = useSubmit();
  const firms = calendar.bookableFirms;
  const [enterpriseId, setEnterpriseId] = useState(firms.length === 1 ? (firms[0]?.id ?? '') : '');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [purpose, setPurpose] = useState('');
  const [done, setDone] = useState('');
  return (
    <form
      className="facility-form"
      data-testid="booking-form"
      onSubmit={(e) => {
        e.preventDefault();
        setDone('');
        void run(async () => {
          const b = await api.send('POST', '/facilities/:id/bookings', {
            params: { id: facilityId },
            body: { enterpriseId, startsOn, endsOn: endsOn || startsOn, purpose: purpose || null },
          });
          setDone(t(fm.booked, { firm: b.enterpriseName, from: b.startsOn, to: b.endsOn }));
          onDone();
        });
      }}
    >
      <h2>{t(fm.bookTitle)}</h2>
      {error && (
        <div className="alert alert-error" role="alert" data-testid="booking-error">
          {error.message}
        </div>
      )}
      {done && (
        <p className="alert" role="status">
          {done}
        </p>
      )}
      <SelectField
        label={t(fm.firm)}
        required
        name="enterpriseId"
        value={enterpriseId}
        onChange={setEnterpriseId}
        error={fieldError('enterpriseId')}
        options={firms.map((f) => ({ value: f.id, label: f.name }))}
      />
      <InputField
        label={t(fm.from)}
        required
        type="date"
        name="startsOn"
        value={startsOn}
        onChange={setStartsOn}
        error={fieldError('startsOn')}
      />
      <InputField
        label={t(fm.to)}
        type="date"
        name="endsOn"
        value={endsOn}
        onChange={setEndsOn}
        error={fieldError('endsOn')}
      />
      <InputField
        label={t(fm.purpose)}
        name="purpose"
        value={purpose}
        onChange={setPurpose}
        error={fieldError('purpose')}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t(fm.book)}
        </button>
      </div>
    </form>
  );
}
