import type { NameCulture } from './centers.data.ts';
import {
  BUSINESS_WORDS,
  JAVANESE,
  type NameLists,
  normalizeName,
  PUBLIC_FIGURES,
  SUNDANESE,
} from './names.data.ts';
import type { ProductProfile } from './products.data.ts';
import { chance, pick, type Rng } from './random.ts';

export type Gender = 'female' | 'male';

/** A synthetic person's name and the parts a shop name may reuse. */
export interface PersonName {
  fullName: string;
  given: string;
  gender: Gender;
  honorific: string;
}

const DENIED = new Set(PUBLIC_FIGURES.map(normalizeName));

/** True when `name` matches a listed public figure, old spellings included. */
export function isPublicFigure(name: string): boolean {
  return DENIED.has(normalizeName(name));
}

function listsFor(rng: Rng, culture: NameCulture): NameLists {
  if (culture === 'mixed') return chance(rng, 0.5) ? SUNDANESE : JAVANESE;
  return culture === 'sundanese' ? SUNDANESE : JAVANESE;
}

/**
 * A synthetic name not yet in `taken` (which it then joins) and not a public figure's. Javanese often go
 * by one name, so single names are commoner there; a few people get two given names.
 */
export function drawPersonName(
  rng: Rng,
  culture: NameCulture,
  gender: Gender,
  taken: Set<string>,
): PersonName {
  for (let attempt = 0; attempt < 500; attempt++) {
    const lists = listsFor(rng, culture);
    const { given: givens, second } = lists[gender];
    const given = pick(rng, givens);
    const shape = rng();
    const single = lists === JAVANESE ? 0.15 : 0.05;
    let fullName = given;
    if (shape >= single) {
      const extra = shape > 0.92 ? pick(rng, givens) : null;
      fullName =
        extra && extra !== given ? `${given} ${extra} ${pick(rng, second)}` : `${given} ${pick(rng, second)}`;
    }
    if (taken.has(fullName) || isPublicFigure(fullName)) continue;
    taken.add(fullName);
    return { fullName, given, gender, honorific: pick(rng, lists.honorific[gender]) };
  }
  throw new Error(`No unused ${culture} name left after 500 draws`);
}

/** Legal form as the business name shows it. */
export type NamedLegalForm = 'individual' | 'UD' | 'CV' | 'PT';

function candidate(rng: Rng, form: NamedLegalForm, product: ProductProfile, owner: PersonName): string {
  const { first, second, company } = BUSINESS_WORDS;
  switch (form) {
    case 'individual':
      // Home producers are known by trade and owner ("Tahu Pak Slamet") or a simple brand ("Batik Sekar Arum").
      return chance(rng, 0.55)
        ? `${product.prefix} ${owner.honorific} ${owner.given}`
        : `${product.prefix} ${pick(rng, product.nameWords)} ${pick(rng, second)}`;
    case 'UD':
      return chance(rng, 0.7)
        ? `UD ${pick(rng, first)} ${pick(rng, second)}`
        : `UD ${product.prefix} ${pick(rng, product.nameWords)}`;
    case 'CV':
      return chance(rng, 0.6)
        ? `CV ${pick(rng, first)} ${pick(rng, second)}`
        : `CV ${pick(rng, product.nameWords)} ${pick(rng, second)}`;
    case 'PT':
      return `PT ${pick(rng, first)} ${pick(rng, second)} ${pick(rng, company)}`;
  }
}

/** A business name unique within `taken` (one centre), built from word lists fitting the trade. */
export function drawEnterpriseName(
  rng: Rng,
  form: NamedLegalForm,
  product: ProductProfile,
  owner: PersonName,
  taken: Set<string>,
): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = candidate(rng, form, product, owner);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  // Rare in small word spaces: a second shop of the same name is told apart as Dinas sheets do.
  const base = candidate(rng, form, product, owner);
  let n = 2;
  while (taken.has(`${base} ${n}`)) n++;
  taken.add(`${base} ${n}`);
  return `${base} ${n}`;
}
