import type { Calendar } from '../../../src/facilities/bookings.schema.ts';
import { api } from '../api/client.ts';
import { useSubmit } from '../entry/use-submit.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { fm } from './messages.ts';

/** The month's bookings: cancel one's own, and (recorders) mark each used or not once it has started. */
export function BookingList({
  facilityId,
  calendar,
  mayRecord,
  onDone,
}: {
  facilityId: string;
  calendar: Calendar;
  mayRecord: boolean;
  onDone(): void;
}) {
  const { t } = useI18n();
  const { busy, error, run } = useSubmit();
  const act = (send: () => Promise<unknown>) =>
    void run(async () => {
      await send();
      onDone();
    });
  const params = (bookingId: string) => ({ id: facilityId, bookingId });
  return (
    <section data-testid="booking-list">
      <h2>{t(fm.bookings)}</h2>
      {error && (
        <div className="alert alert-error" role="alert">
          {error.message}
        </div>
      )}
      {calendar.bookings.length === 0 ? (
        <p className="muted">{t(fm.noBookings)}</p>
      ) : (
        <ul>
          {calendar.bookings.map((b) => (
            <li key={b.id}>
              {b.startsOn}–{b.endsOn} · {b.enterpriseName}
              {b.purpose && ` · ${b.purpose}`}
              {b.used !== null && ` · ${t(b.used ? fm.usedYes : fm.usedNo)}`}{' '}
              {mayRecord && (
                <>
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={() =>
                      act(() =>
                        api.send('POST', '/facilities/:id/bookings/:bookingId/usage', {
                          params: params(b.id),
                          body: { used: true },
                        }),
                      )
                    }
                  >
                    {t(fm.markUsed)}
                  </button>{' '}
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={() =>
                      act(() =>
                        api.send('POST', '/facilities/:id/bookings/:bookingId/usage', {
                          params: params(b.id),
                          body: { used: false },
                        }),
                      )
                    }
                  >
                    {t(fm.markUnused)}
                  </button>{' '}
                </>
              )}
              {b.mayCancel && (
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() =>
                    act(() =>
                      api.send('DELETE', '/facilities/:id/bookings/:bookingId', { params: params(b.id) }),
                    )
                  }
                >
                  {t(fm.cancel)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
