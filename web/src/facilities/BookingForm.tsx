import { useState } from 'react';
import type { Calendar } from '../../../src/facilities/bookings.schema.ts';
import { api } from '../api/client.ts';
import { FirmDatesFields } from '../entry/FirmDatesFields.tsx';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
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
      <FirmDatesFields
        firms={[
          {
            label: t(fm.firm),
            name: 'enterpriseId',
            value: enterpriseId,
            onChange: setEnterpriseId,
            options: firms.map((f) => ({ value: f.id, label: f.name })),
          },
        ]}
        from={{ label: t(fm.from), name: 'startsOn', value: startsOn, onChange: setStartsOn, required: true }}
        to={{ label: t(fm.to), name: 'endsOn', value: endsOn, onChange: setEndsOn }}
        note={{ label: t(fm.purpose), name: 'purpose', value: purpose, onChange: setPurpose }}
        fieldError={fieldError}
      />
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {t(fm.book)}
        </button>
      </div>
    </form>
  );
}
