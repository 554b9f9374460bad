import { auditPolicy } from '../audit/audit.policy.ts';
import { capabilityPolicy } from '../capabilities/capabilities.policy.ts';
import { regionCaseKpisAccess } from '../case-kpis/case-kpis.policy.ts';
import { casePolicy } from '../cases/cases.policy.ts';
import { centerPolicy } from '../centers/centers.policy.ts';
import { designLedgerPolicy } from '../design-ledger/design-ledger.policy.ts';
import { enterprisePolicy } from '../enterprises/enterprises.policy.ts';
import { facilityPolicy } from '../facilities/facilities.policy.ts';
import { fieldPolicy } from '../field/field.policy.ts';
import { assessmentPolicy } from '../institution-assessment/assessment.policy.ts';
import { institutionPolicy } from '../institutions/institutions.policy.ts';
import { interactionPolicy } from '../interactions/interactions.policy.ts';
import { interventionPolicy } from '../interventions/interventions.policy.ts';
import { ioPolicy } from '../io/io.policy.ts';
import { jobPolicy } from '../jobs/jobs.policy.ts';
import { matchingPolicy } from '../matching/matching.policy.ts';
import { membershipPolicy } from '../memberships/memberships.policy.ts';
import { centerNetworkAccess } from '../networks/access/network.policy.ts';
import { partnershipSettingsPolicy } from '../partnership-settings/partnership-settings.policy.ts';
import { personPolicy } from '../people/people.policy.ts';
import { poolPolicy } from '../pools/pools.policy.ts';
import { priceAgreementPolicy } from '../price-agreements/price-agreements.policy.ts';
import { requestAggregatesPolicy } from '../requests/request-aggregates.policy.ts';
import { requestPolicy } from '../requests/requests.policy.ts';
import { researchPolicy } from '../research/research.policy.ts';
import { scenarioPolicy } from '../scenarios/scenarios.policy.ts';
import type { Abilities } from './abilities.schema.ts';
import type { Role } from './actor.ts';
import { type Access, roleAllows } from './policy.ts';
import { userPolicy } from './users.policy.ts';

/** Each ability is the access rule of the routes that do it, taken from the domain's policy. */
export const ABILITY_RULES: { [D in keyof Abilities]: { [A in keyof Abilities[D]]: Access } } = {
  centers: { register: centerPolicy.register, edit: centerPolicy.edit, archive: centerPolicy.archive },
  enterprises: {
    read: enterprisePolicy.read,
    register: enterprisePolicy.register,
    edit: enterprisePolicy.edit,
    archive: enterprisePolicy.archive,
  },
  people: {
    read: personPolicy.read,
    edit: personPolicy.edit,
    archive: personPolicy.archive,
    personalDataRights: personPolicy.personalDataRights,
  },
  institutions: {
    register: institutionPolicy.register,
    edit: institutionPolicy.edit,
    archive: institutionPolicy.archive,
    readChallenges: institutionPolicy.readChallenges,
    editChallenges: institutionPolicy.editChallenges,
  },
  memberships: { read: membershipPolicy.read, edit: membershipPolicy.edit },
  ties: { read: interactionPolicy.read, record: interactionPolicy.write },
  networks: { read: centerNetworkAccess },
  files: { import: ioPolicy.import, export: ioPolicy.export },
  audit: { read: auditPolicy.read },
  users: { read: userPolicy.read, manage: userPolicy.manage },
  jobs: { read: jobPolicy.read, manage: jobPolicy.manage },
  requests: {
    read: requestPolicy.read,
    post: requestPolicy.post,
    review: requestPolicy.review,
  },
  matching: { candidates: matchingPolicy.candidates, preview: matchingPolicy.preview },
  capabilities: {
    read: capabilityPolicy.read,
    edit: capabilityPolicy.edit,
    editTaxonomy: capabilityPolicy.editTaxonomy,
  },
  pools: { read: poolPolicy.read, manage: poolPolicy.manage, pledge: poolPolicy.pledge },
  partnershipSettings: { read: partnershipSettingsPolicy.read, edit: partnershipSettingsPolicy.edit },
  requestAggregates: { read: requestAggregatesPolicy.read },
  designLedger: {
    read: designLedgerPolicy.read,
    record: designLedgerPolicy.record,
    verify: designLedgerPolicy.verify,
  },
  priceAgreements: {
    read: priceAgreementPolicy.read,
    record: priceAgreementPolicy.record,
    consent: priceAgreementPolicy.consent,
    report: priceAgreementPolicy.report,
  },
  cases: { read: casePolicy.read, report: casePolicy.report, handle: casePolicy.handle },
  caseKpis: { readRegion: regionCaseKpisAccess },
  interventions: { read: interventionPolicy.read, record: interventionPolicy.record },
  institutionAssessment: { read: assessmentPolicy.read, answer: assessmentPolicy.answer },
  whatIf: { simulate: scenarioPolicy.simulate, save: scenarioPolicy.save, delete: scenarioPolicy.delete },
  facilities: { read: facilityPolicy.read, record: facilityPolicy.record, book: facilityPolicy.book },
  research: {
    projects: researchPolicy.projects,
    createProject: researchPolicy.createProject,
    read: researchPolicy.read,
    code: researchPolicy.code,
    lead: researchPolicy.lead,
  },
  field: { collect: fieldPolicy.collect, research: fieldPolicy.research, sync: fieldPolicy.sync },
};

/** What a user of `role` may do (route rules only: a record outside their scope is still refused). */
export function abilitiesFor(role: Role, readOnly: boolean): Abilities {
  const result: Record<string, Record<string, boolean>> = {};
  for (const [domain, rules] of Object.entries(ABILITY_RULES)) {
    result[domain] = Object.fromEntries(
      Object.entries(rules as Record<string, Access>).map(([action, rule]) => [
        action,
        roleAllows(role, readOnly, rule),
      ]),
    );
  }
  return result as Abilities;
}
