import type { Institution } from '../../institutions/institutions.schema.ts';
import { InstitutionListQuerySchema } from '../../institutions/institutions.schema.ts';
import { listInstitutions } from '../../institutions/institutions.service.ts';
import { REPORT_WORDS as W } from '../report.words.ts';
import { section } from '../report-section.ts';
import { choice, whole } from './labels.ts';

/**
 * The institutions serving the centre (public records: names, types, counts). Their tiers join here as
 * their own section once the institution self-assessment exists (src/institution-assessment/).
 */
export const institutionsSection = section<Institution[]>({
  key: 'institutions',
  load: async ({ db, center }) =>
    (await listInstitutions(db, InstitutionListQuerySchema.parse({ center: center.id, limit: 100 }))).items,
  draw: (pen, institutions, { lang }) => {
    pen.heading(pen.w(W.institutions));
    if (institutions.length === 0) pen.text(pen.w(W.noInstitutions), { italic: true, size: 9 });
    for (const i of institutions) {
      pen.text(
        `• ${pen.w(W.institutionMembers, {
          name: i.name,
          type: choice(i.type, lang),
          members: whole(i.activeMemberCount, lang),
          challenges: whole(i.openChallengeCount, lang),
        })}`,
        { size: 9.5 },
      );
    }
  },
});
