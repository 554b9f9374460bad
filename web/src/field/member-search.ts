import type { FieldPackage } from '../../../src/field/field.schema.ts';

/** A firm the picker offers: a package member, or one recorded on this phone and not sent yet. */
export interface PickableFirm {
  /** The server id, or null for a firm recorded offline. */
  id: string | null;
  /** The `enterprise.create` change that records it, for a firm recorded offline. */
  clientChangeId: string | null;
  name: string;
  owner: string | null;
  villageName: string | null;
  products: string | null;
  version: number | null;
  pending: boolean;
}

/** The picker's index: each firm with its searchable text folded once. */
export interface MemberIndex {
  firms: PickableFirm[];
  haystacks: string[];
}

/** Lowercase without diacritics or punctuation runs ("Sepatu  Jaya, Désa" → "sepatu jaya desa"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The firms of a package, villages named, sorted by name. */
export function packageFirms(pkg: FieldPackage): PickableFirm[] {
  const villages = new Map(pkg.villages.map((v) => [v.code, v.name]));
  return pkg.members.map((m) => ({
    id: m.id,
    clientChangeId: null,
    name: m.name,
    owner: m.owner,
    villageName: m.village ? (villages.get(m.village) ?? m.village) : null,
    products: m.products,
    version: m.version,
    pending: m.pending,
  }));
}

/** Folds every firm's name, owner, village and products once, so each keystroke only scans strings. */
export function buildIndex(firms: PickableFirm[]): MemberIndex {
  const sorted = [...firms].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return {
    firms: sorted,
    haystacks: sorted.map((f) => ` ${fold([f.name, f.owner, f.villageName, f.products].join(' '))}`),
  };
}

/**
 * Firms whose text holds every word of `query` at a word start ("sep jay" finds "Sepatu Jaya"), at most
 * `limit`; an empty query lists the first `limit` by name.
 */
export function searchMembers(index: MemberIndex, query: string, limit = 30): PickableFirm[] {
  const words = fold(query)
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => ` ${w}`);
  const out: PickableFirm[] = [];
  for (let i = 0; i < index.firms.length && out.length < limit; i++) {
    const hay = index.haystacks[i] ?? '';
    if (words.every((w) => hay.includes(w))) out.push(index.firms[i] as PickableFirm);
  }
  return out;
}
