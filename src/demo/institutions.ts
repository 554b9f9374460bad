import type { DemoCenterSpec } from './centers.data.ts';
import type { DemoContext, DemoFirm, DemoRows, SizeClass } from './dataset.ts';
import { dateAfter, dateIn, yearOf } from './dates.ts';
import { demoId } from './ids.ts';
import type { DemoInstitutionSpec } from './institutions.data.ts';
import { JABAR_INSTITUTIONS } from './institutions-jabar.data.ts';
import { JATENG_INSTITUTIONS } from './institutions-jateng.data.ts';
import { addPerson } from './people.ts';
import { PRODUCTS } from './products.data.ts';
import { chance, createRng, pick, type Rng, randInt, weighted } from './random.ts';

const PLANS = { ...JABAR_INSTITUTIONS, ...JATENG_INSTITUTIONS };

/** Larger firms join associations and cooperatives more often. */
const JOIN_WEIGHT: Record<SizeClass, number> = { micro: 0.85, small: 1.4, medium: 1.8 };
const OFFICER_ROLES = ['chair', 'secretary', 'treasurer'] as const;

/**
 * Adds a centre's institutions (linked to it and to its Dinas office), their members, staff, a field
 * officer, a few craftsmen and the challenges log.
 */
export function addInstitutions(
  rows: DemoRows,
  spec: DemoCenterSpec,
  centerId: string,
  firms: DemoFirm[],
  dinasId: string,
  ctx: DemoContext,
): void {
  const rng = createRng(ctx.seed, `${spec.slug}/institutions`);
  const plan = PLANS[spec.slug];
  if (!plan) throw new Error(`No institutions for ${spec.slug}`);
  const ids = new Map<string, string>();
  rows.institution_centers.push({ institution_id: dinasId, center_id: centerId });
  for (const institution of plan.institutions) {
    const id = demoId(ctx.seed, `institution/${spec.slug}/${institution.key}`);
    ids.set(institution.key, id);
    rows.institutions.push({
      id,
      external_id: `DEMO-${spec.slug}-${institution.key}`,
      name: institution.name,
      type: institution.type,
      legal_status: institution.legalStatus,
      services: institution.services,
      region_code: institution.local === false ? null : (spec.villages[0]?.code ?? null),
      founded_year: institution.foundedYear,
      description: institution.description,
    });
    rows.institution_centers.push({ institution_id: id, center_id: centerId });
    if (institution.memberShare) addMembers(rows, rng, ctx.seed, spec, institution, id, firms);
    if (institution.managed) {
      addPerson(rows, rng, ctx, {
        key: `manager/${spec.slug}/${institution.key}`,
        culture: spec.names,
        femaleShare: 0.3,
        // A UPTD is run by civil servants; other facilities by someone the members appoint.
        roles: institution.type === 'technical_unit' ? ['official', 'manager'] : ['manager'],
        notes: `Pengelola ${institution.name} (fiktif)`,
        affiliation: { institutionId: id, role: 'manager' },
      });
    }
  }
  addPerson(rows, rng, ctx, {
    key: `field-officer/${spec.slug}`,
    culture: spec.names,
    femaleShare: 0.4,
    roles: ['official'],
    notes: `Tenaga Penyuluh Lapangan (TPL) IKM pendamping ${spec.name} (fiktif)`,
    affiliation: { institutionId: dinasId, role: 'official' },
  });
  addCraftsmen(rows, rng, spec, firms, ctx);
  plan.challenges.forEach((challenge, i) => {
    const institutionId = ids.get(challenge.institution);
    if (!institutionId) throw new Error(`Unknown institution ${challenge.institution} in ${spec.slug}`);
    const status = weighted(rng, [
      ['open', 0.35],
      ['addressing', 0.3],
      ['resolved', 0.35],
    ] as const);
    const observed = dateIn(rng, randInt(rng, 2019, 2023));
    rows.institution_challenges.push({
      id: demoId(ctx.seed, `challenge/${spec.slug}/${i + 1}`),
      institution_id: institutionId,
      category: challenge.category,
      severity: challenge.severity,
      status,
      observed_on: observed,
      resolved_on: status === 'resolved' ? dateAfter(rng, observed, 2024) : null,
      notes: challenge.notes,
    });
  });
}

function addMembers(
  rows: DemoRows,
  rng: Rng,
  seed: number,
  spec: DemoCenterSpec,
  institution: DemoInstitutionSpec,
  institutionId: string,
  firms: DemoFirm[],
): void {
  const share = institution.memberShare ?? 0;
  const members = firms
    .filter((f) => chance(rng, Math.min(0.95, share * JOIN_WEIGHT[f.size])))
    .sort((a, b) => b.workers - a.workers || a.index - b.index);
  let officers = 0;
  for (const firm of members) {
    const earliest = Math.max(yearOf(firm.memberFrom), institution.foundedYear ?? 2005);
    const latest = firm.memberTo ? yearOf(firm.memberTo) : 2023;
    let from = dateIn(rng, randInt(rng, Math.min(earliest, latest), latest));
    let to = firm.memberTo;
    if (to && from > to) from = firm.memberFrom;
    if (!to && chance(rng, 0.05)) to = dateAfter(rng, from, 2024);
    // The largest members still in it hold the offices; their owners sit on its board.
    const officer = to === null && officers < OFFICER_ROLES.length ? OFFICER_ROLES[officers++] : undefined;
    rows.institution_memberships.push({
      id: demoId(seed, `institution-membership/${spec.slug}/${institution.key}/${firm.index}`),
      institution_id: institutionId,
      enterprise_id: firm.id,
      valid_from: from,
      valid_to: to,
      role: officer ?? 'member',
    });
    if (officer) {
      const owner = rows.people.find((p) => p.id === firm.ownerId);
      if (owner && !owner.roles?.includes('board_member'))
        owner.roles = [...(owner.roles ?? []), 'board_member'];
      rows.person_affiliations.push({
        person_id: firm.ownerId,
        enterprise_id: null,
        institution_id: institutionId,
        role: 'board_member',
      });
    }
  }
}

function addCraftsmen(
  rows: DemoRows,
  rng: Rng,
  spec: DemoCenterSpec,
  firms: DemoFirm[],
  ctx: DemoContext,
): void {
  const employers = firms.filter((f) => f.size !== 'micro' && f.memberTo === null);
  const pool = employers.length > 0 ? employers : firms;
  const count = randInt(rng, 2, 4);
  for (let i = 1; i <= count; i++) {
    addPerson(rows, rng, ctx, {
      key: `craftsman/${spec.slug}/${i}`,
      culture: spec.names,
      femaleShare: PRODUCTS[spec.product].femaleWorkerShare,
      roles: ['craftsman'],
      affiliation: { enterpriseId: pick(rng, pool).id, role: 'craftsman' },
    });
  }
}
