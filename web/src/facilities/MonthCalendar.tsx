import type { Calendar } from '../../../src/facilities/bookings.schema.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { fm } from './messages.ts';

/** The month's days as a list: open or closed, and who holds or used each one. */
export function MonthCalendar({ calendar }: { calendar: Calendar }) {
  const { t } = useI18n();
  const open = new Set(calendar.openDays);
  const first = new Date(`${calendar.month}T00:00:00Z`);
  const days: string[] = [];
  for (let d = new Date(first); d.getUTCMonth() === first.getUTCMonth(); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  const holder = (day: string) =>
    calendar.bookings.find((b) => b.startsOn <= day && day <= b.endsOn)?.enterpriseName ??
    (calendar.walkIns.some((w) => w.usedOn === day) ? t(fm.walkIn) : null);
  return (
    <TableWrap label={t(fm.calendar)}>
      <table className="facility-calendar" data-testid="facility-calendar">
        <tbody>
          {days.map((day) => {
            const who = holder(day);
            return (
              <tr key={day} className={open.has(day) ? (who ? 'booked' : 'free') : 'closed'}>
                <th scope="row">{day}</th>
                <td>{open.has(day) ? (who ?? t(fm.free)) : t(fm.closed)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
