import { mayRead } from '../../auth/policy.ts';
import { IDLE_THRESHOLD } from '../../facilities/facilities.constants.ts';
import { facilityPolicy } from '../../facilities/facilities.policy.ts';
import {
  type FacilityUtilisationEntry,
  facilityUtilisationByCenter,
} from '../../facilities/facility-utilisation.service.ts';
import { formatValue } from '../../shared/measure-format.ts';
import { printable } from '../pdf-pen.ts';
import { REPORT_WORDS as W } from '../report.words.ts';
import { section } from '../report-section.ts';

/**
 * The centre's shared facilities with their utilisation over the last 90 days (days used ÷ days open) and
 * the idle flag, for readers who may see facilities. Left out when the centre has none.
 */
export const facilitiesSection = section<FacilityUtilisationEntry[]>({
  key: 'facilities',
  load: async ({ db, actor, center }) => {
    if (!mayRead(actor, facilityPolicy.read)) return null;
    const entries = (await facilityUtilisationByCenter(db, [center.id])).get(center.id) ?? [];
    return entries.length > 0 ? entries : null;
  },
  draw: (pen, entries, { lang }) => {
    pen.heading(pen.w(W.facilities));
    pen.text(
      pen.w(W.facilitiesIntro, {
        from: entries[0]?.from ?? '',
        to: entries[0]?.to ?? '',
        idle: formatValue(lang, { kind: 'share', digits: 0 }, IDLE_THRESHOLD),
      }),
      { size: 9 },
    );
    pen.table(
      [pen.w(W.facility), pen.w(W.daysUsed), pen.w(W.utilisation), ''],
      entries.map((e) => [
        printable(e.name),
        `${e.usedDays} / ${e.availableDays}`,
        formatValue(lang, { kind: 'share', digits: 0 }, e.utilisation),
        e.idle ? pen.w(W.idle) : '',
      ]),
      [235, 90, 90, 80],
    );
  },
});
