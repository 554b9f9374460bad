import type { OverviewCenter } from '../../overview/overview.schema.ts';
import { getOverview } from '../../overview/overview.service.ts';
import { REPORT_WORDS as W } from '../report.words.ts';
import { section } from '../report-section.ts';
import { whole } from './labels.ts';

/**
 * The active members by Permenperin 64/2016 size class (src/enterprises/size-classes.ts), counted as the
 * overview counts them: each member by its latest yearly figures. Aggregates only.
 */
export const sizeSection = section<OverviewCenter>({
  key: 'size',
  load: async ({ db, center }) => {
    const region = center.regionCodes[0];
    if (!region || center.archivedAt) return null;
    const overview = await getOverview(db, { region });
    return overview.centers.find((c) => c.id === center.id) ?? null;
  },
  draw: (pen, figures, { lang }) => {
    pen.heading(pen.w(W.sizeClasses));
    pen.text(
      pen.w(W.sizeNote, { units: whole(figures.units, lang), workers: whole(figures.workers, lang) }),
      {
        size: 9,
      },
    );
    const counts = figures.sizeClasses;
    pen.table(
      [pen.w(W.sizeIK), pen.w(W.sizeIM), pen.w(W.sizeIB), pen.w(W.sizeUnknown)],
      [[counts.IK, counts.IM, counts.IB, counts.unknown].map((n) => whole(n, lang))],
      [124, 124, 124, 123],
    );
  },
});
