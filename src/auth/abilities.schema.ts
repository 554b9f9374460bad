import { z } from 'zod';

const may = z.boolean();

/**
 * What the signed-in user may do, domain by domain, as the routes' access rules say for their role (and a
 * read-only token). The web offers only these; each record is still checked against the user's scope.
 */
export const AbilitiesSchema = z.object({
  centers: z.object({ register: may, edit: may, archive: may }),
  enterprises: z.object({ read: may, register: may, edit: may, archive: may }),
  people: z.object({ read: may, edit: may, archive: may, personalDataRights: may }),
  institutions: z.object({
    register: may,
    edit: may,
    archive: may,
    readChallenges: may,
    editChallenges: may,
  }),
  memberships: z.object({ read: may, edit: may }),
  ties: z.object({ read: may, record: may }),
  networks: z.object({ read: may }),
  files: z.object({ import: may, export: may }),
  audit: z.object({ read: may }),
  users: z.object({ read: may, manage: may }),
  jobs: z.object({ read: may, manage: may }),
  requests: z.object({ read: may, post: may, review: may }),
  matching: z.object({ candidates: may, preview: may }),
  capabilities: z.object({ read: may, edit: may, editTaxonomy: may }),
  pools: z.object({ read: may, manage: may, pledge: may }),
  partnershipSettings: z.object({ read: may, edit: may }),
  requestAggregates: z.object({ read: may }),
  designLedger: z.object({ read: may, record: may, verify: may }),
  priceAgreements: z.object({ read: may, record: may, consent: may, report: may }),
  cases: z.object({ read: may, report: may, handle: may }),
  caseKpis: z.object({ readRegion: may }),
  interventions: z.object({ read: may, record: may }),
  institutionAssessment: z.object({ read: may, answer: may }),
  whatIf: z.object({ simulate: may, save: may, delete: may }),
  facilities: z.object({ read: may, record: may, book: may }),
  research: z.object({ projects: may, createProject: may, read: may, code: may, lead: may }),
  /** Offline field capture: download a centre's package, sync, resolve conflicts (issue #23). */
  field: z.object({
    collect: may,
    /** Interview notes and informant consent offline, in the research projects the user is a member of. */
    research: may,
    /** Send queued changes (collectors and researchers; each change is checked by its kind). */
    sync: may,
  }),
});
export type Abilities = z.infer<typeof AbilitiesSchema>;
