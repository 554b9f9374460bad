import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { MeasureInfo } from '../glossary/MeasureInfo.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { BookingForm } from './BookingForm.tsx';
import { BookingList } from './BookingList.tsx';
import { FacilityForm } from './FacilityForm.tsx';
import { MonthCalendar } from './MonthCalendar.tsx';
import { fm, KIND_LABELS } from './messages.ts';
import { UtilisationBar } from './UtilisationBar.tsx';
import { WalkInForm } from './WalkInForm.tsx';
import './facilities.css';

const shift = (month: string, by: number) => {
  const d = new Date(`${month}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 10);
};

/**
 * `/fasilitas/:id`: a facility, its utilisation, the month's calendar, booking and usage; for those who
 * record facilities, the edit form (archiving is its status).
 */
export default function FacilityPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { may } = useSession();
  const id = params.id!;
  const [month, setMonth] = useState<string | undefined>(undefined);
  const facility = useApi((signal) => api.get('/facilities/:id', { params: { id }, signal }), [id]);
  const calendar = useApi(
    (signal) =>
      api.get('/facilities/:id/bookings', { params: { id }, query: month ? { month } : {}, signal }),
    [id, month],
  );
  if (facility.error) return <ErrorView error={facility.error} onRetry={facility.reload} />;
  if (!facility.data) return <Loading />;
  const f = facility.data;
  const reload = () => {
    facility.reload();
    calendar.reload();
  };
  return (
    <article className="facility-page">
      <p>
        <Link href={`/sentra/${f.centerId}`}>{t(fm.back)}</Link>
      </p>
      <h1>
        {f.name}
        {f.status === 'archived' && (
          <>
            {' '}
            <span className="badge" data-testid="facility-archived">
              {t(fm.archivedBadge)}
            </span>
          </>
        )}
      </h1>
      <p>
        {t(KIND_LABELS[f.kind])}
        {f.capacity !== null && ` · ${f.capacity} ${f.capacityUnit ?? ''}`}
        {f.institutionName && ` · ${t(fm.managedBy, { name: f.institutionName })}`}
        {f.fundedBy && ` · ${t(fm.fundedBy, { funder: f.fundedBy })}`}
        {f.builtYear !== null && ` · ${t(fm.builtYear, { year: f.builtYear })}`}
      </p>
      <p>
        <UtilisationBar utilisation={f.utilisation} /> <MeasureInfo term="facilityUtilisation" />
      </p>
      <h2>{t(fm.calendar)}</h2>
      {calendar.error && <ErrorView error={calendar.error} onRetry={calendar.reload} />}
      {calendar.data && (
        <>
          <p className="facility-month">
            <button
              type="button"
              className="secondary"
              onClick={() => setMonth(shift(calendar.data!.month, -1))}
            >
              {t(fm.previous)}
            </button>{' '}
            <strong data-testid="facility-month">{calendar.data.month.slice(0, 7)}</strong>{' '}
            <button
              type="button"
              className="secondary"
              onClick={() => setMonth(shift(calendar.data!.month, 1))}
            >
              {t(fm.next)}
            </button>
          </p>
          <div className="facility-columns">
            <MonthCalendar calendar={calendar.data} />
            <div>
              {may((a) => a.facilities.book) &&
                f.status === 'active' &&
                calendar.data.bookableFirms.length > 0 && (
                  <BookingForm facilityId={id} calendar={calendar.data} onDone={reload} />
                )}
              <BookingList
                facilityId={id}
                calendar={calendar.data}
                mayRecord={may((a) => a.facilities.record)}
                onDone={reload}
              />
              {may((a) => a.facilities.record) && <WalkInForm facilityId={id} onDone={reload} />}
            </div>
          </div>
        </>
      )}
      {may((a) => a.facilities.record) && (
        <FacilityForm centerId={f.centerId} facility={f} onDone={facility.reload} />
      )}
    </article>
  );
}
