import type { NameCulture } from './centers.data.ts';
import type { DemoContext, DemoRows } from './dataset.ts';
import { demoId } from './ids.ts';
import { drawPersonName, type PersonName } from './names.ts';
import { chance, type Rng, randInt } from './random.ts';

/** A person to add and where they belong (exactly one of enterprise or institution). */
export interface DemoPersonSpec {
  /** Stable key, unique in the dataset; the id is derived from it. */
  key: string;
  culture: NameCulture;
  femaleShare: number;
  roles: string[];
  notes?: string | null;
  phone?: string | null;
  affiliation: { enterpriseId: string; role: string } | { institutionId: string; role: string };
}

/** A synthetic phone number in a reserved-looking block (`+62812000…`), unique in the dataset. */
export function newPhone(rng: Rng, ctx: DemoContext): string {
  for (;;) {
    const phone = `+62812000${String(randInt(rng, 0, 99_999)).padStart(5, '0')}`;
    if (!ctx.phones.has(phone)) {
      ctx.phones.add(phone);
      return phone;
    }
  }
}

/** Adds a person with one affiliation; returns their id and name. */
export function addPerson(
  rows: DemoRows,
  rng: Rng,
  ctx: DemoContext,
  spec: DemoPersonSpec,
): { id: string; name: PersonName } {
  const id = demoId(ctx.seed, `person/${spec.key}`);
  const name = drawPersonName(
    rng,
    spec.culture,
    chance(rng, spec.femaleShare) ? 'female' : 'male',
    ctx.personNames,
  );
  const phone = spec.phone !== undefined ? spec.phone : chance(rng, 0.7) ? newPhone(rng, ctx) : null;
  rows.people.push({
    id,
    full_name: name.fullName,
    gender: name.gender,
    birth_year: randInt(rng, 1958, 1998),
    phone,
    email: null,
    roles: spec.roles,
    notes: spec.notes ?? null,
  });
  const { affiliation } = spec;
  rows.person_affiliations.push({
    person_id: id,
    enterprise_id: 'enterpriseId' in affiliation ? affiliation.enterpriseId : null,
    institution_id: 'institutionId' in affiliation ? affiliation.institutionId : null,
    role: affiliation.role,
  });
  return { id, name };
}
