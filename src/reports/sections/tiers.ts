import { mayRead } from '../../auth/policy.ts';
import { TIER_LABELS } from '../../institution-assessment/assessment.constants.ts';
import { assessmentPolicy } from '../../institution-assessment/assessment.policy.ts';
import { assessmentHistory } from '../../institution-assessment/assessment.service.ts';
import { InstitutionListQuerySchema } from '../../institutions/institutions.schema.ts';
import { listInstitutions } from '../../institutions/institutions.service.ts';
import { tr } from '../../shared/lang.ts';
import { formatValue } from '../../shared/measure-format.ts';
import { printable } from '../pdf-pen.ts';
import { REPORT_WORDS as W } from '../report.words.ts';
import { section } from '../report-section.ts';

interface TierRow {
  name: string;
  tier: keyof typeof TIER_LABELS;
  total: number;
  assessedOn: string;
}

/** Officer roles read every institution's tier in their scope; a firm reads only its own institutions' (left out here). */
const OFFICER_ROLES = new Set(['admin', 'ministry', 'regional_officer', 'center_manager']);

/**
 * The latest self-assessment tier (Perunggu / Perak / Emas) of each institution serving the centre, for the
 * officers who may read assessments. Left out for other readers and when no institution has been assessed.
 */
export const tiersSection = section<TierRow[]>({
  key: 'tiers',
  load: async ({ db, actor, center }) => {
    const officer =
      mayRead(actor, assessmentPolicy.read) && (actor.kind !== 'user' || OFFICER_ROLES.has(actor.role));
    if (!officer) return null;
    const institutions = (
      await listInstitutions(db, InstitutionListQuerySchema.parse({ center: center.id, limit: 100 }))
    ).items;
    const rows: TierRow[] = [];
    for (const i of institutions) {
      const latest = (await assessmentHistory(db, i.id)).items[0];
      if (latest)
        rows.push({ name: i.name, tier: latest.tier, total: latest.total, assessedOn: latest.assessedOn });
    }
    return rows.length > 0 ? rows : null;
  },
  draw: (pen, rows, { lang }) => {
    pen.heading(pen.w(W.tiers));
    for (const r of rows)
      pen.text(
        printable(
          `• ${pen.w(W.tierLine, {
            name: r.name,
            tier: tr(TIER_LABELS[r.tier], {}, lang),
            score: formatValue(lang, { kind: 'index', digits: 0 }, r.total),
            date: r.assessedOn,
          })}`,
        ),
        { size: 9.5 },
      );
  },
});
