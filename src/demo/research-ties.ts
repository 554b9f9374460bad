import type { Db } from '../db/database.ts';

/**
 * The demo ties the research project's interviews speak of, picked from whatever the demo generator drew
 * for the seed (the same rows give the same picks): in Cibaduyut a maklun tie between two member firms —
 * Pak Asep's (the order-giver) and Kang Dedi's (the maker) — and a joint-purchasing tie of Kang Dedi's firm
 * that his interview denies; in Trusmi the work Bu Nur's showroom gives out and a joint-purchasing tie the
 * cooperative's board member speaks of as a third party.
 */
export interface ResearchTies {
  cibaduyut: {
    centerId: string;
    /** Pak Asep's firm: the maklun tie's order-giver. */
    asepFirm: string;
    /** Kang Dedi's firm: the maker. */
    dediFirm: string;
    maklunTie: string;
    /** Kang Dedi's passing orders to Pak Asep as an unfinished earlier load recorded it; null: record it. */
    orderSharingTie: string | null;
    /** A tie of Kang Dedi's firm his own words contradict; null when his firm has no other tie. */
    deniedTie: string | null;
  } | null;
  trusmi: {
    centerId: string;
    /** Bu Nur's firm: her showroom, which gives out the canting and dyeing. */
    nurFirm: string;
    /** Her firm's maklun tie to a pengrajin, or the pengrajin's supply of semi-finished batik to it. */
    maklunTie: string;
    /** A joint-purchasing tie Pak Rohman (no firm of his own in the study) speaks of; null when none. */
    jointTie: string | null;
  } | null;
}

/** A centre's current ties between firms, with their ends' external ids for a stable order. */
async function currentTies(db: Db, centerId: string) {
  const rows = await db
    .selectFrom('interactions as i')
    .innerJoin('enterprises as f', 'f.id', 'i.from_enterprise_id')
    .innerJoin('enterprises as t', 't.id', 'i.to_enterprise_id')
    .select(['i.id', 'i.type', 'i.valence', 'i.reported_by', 'i.from_enterprise_id as from'])
    .select('i.to_enterprise_id as to')
    .select(['f.external_id as fromKey', 't.external_id as toKey'])
    .where('i.center_id', '=', centerId)
    .where('i.archived_at', 'is', null)
    .where('i.end_date', 'is', null)
    .execute();
  const members = await db
    .selectFrom('center_memberships')
    .select('enterprise_id')
    .where('center_id', '=', centerId)
    .where('valid_to', 'is', null)
    .execute();
  const current = new Set(members.map((m) => m.enterprise_id));
  return rows
    .filter((r): r is typeof r & { to: string } => r.to !== null && current.has(r.from) && current.has(r.to))
    .sort((a, b) => `${a.fromKey}|${a.toKey}|${a.type}`.localeCompare(`${b.fromKey}|${b.toKey}|${b.type}`));
}

type Tie = Awaited<ReturnType<typeof currentTies>>[number];
const MAKLUN = new Set(['TOLL_MANUFACTURING', 'SUBCONTRACT']);
const touches = (tie: Tie, firm: string) => tie.from === firm || tie.to === firm;
const passesBack = (tie: Tie, maklun: Tie) =>
  tie.type === 'ORDER_SHARING' && tie.from === maklun.to && tie.to === maklun.from;

async function centerIdOf(db: Db, externalId: string): Promise<string | null> {
  const row = await db
    .selectFrom('centers')
    .select('id')
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Picks the ties of the demo interviews; a centre missing from the database (or without maklun) gives null. */
export async function pickResearchTies(db: Db): Promise<ResearchTies> {
  return { cibaduyut: await pickCibaduyut(db), trusmi: await pickTrusmi(db) };
}

async function pickCibaduyut(db: Db): Promise<ResearchTies['cibaduyut']> {
  const centerId = await centerIdOf(db, 'DEMO-CIBADUYUT');
  if (!centerId) return null;
  const ties = await currentTies(db, centerId);
  const options = ties
    .filter((t) => MAKLUN.has(t.type))
    // Kang Dedi passes orders back to Pak Asep: that tie is the one his interview records, so none on record
    // (but the one an unfinished earlier load recorded, which is used again).
    .filter((m) => !ties.some((t) => passesBack(t, m) && t.reported_by !== 'researcher'))
    .map((maklun) => {
      const others = ties.filter((t) => t !== maklun && touches(t, maklun.to) && !touches(t, maklun.from));
      const denied =
        others.find((t) => t.type === 'JOINT_PURCHASING') ??
        others.find((t) => t.valence === 'collaboration') ??
        null;
      return { maklun, denied };
    });
  // Best: Kang Dedi's firm has a joint purchase on record that he says small firms cannot join.
  const best =
    options.find((o) => o.denied?.type === 'JOINT_PURCHASING') ?? options.find((o) => o.denied) ?? options[0];
  if (!best) return null;
  return {
    centerId,
    asepFirm: best.maklun.from,
    dediFirm: best.maklun.to,
    maklunTie: best.maklun.id,
    orderSharingTie: ties.find((t) => passesBack(t, best.maklun))?.id ?? null,
    deniedTie: best.denied?.id ?? null,
  };
}

async function pickTrusmi(db: Db): Promise<ResearchTies['trusmi']> {
  const centerId = await centerIdOf(db, 'DEMO-TRUSMI');
  if (!centerId) return null;
  const ties = await currentTies(db, centerId);
  // Trusmi's showrooms mostly receive semi-finished batik from the pengrajin (supply-chain pattern): such a
  // tie is drawn towards Bu Nur's showroom, a maklun tie from it.
  const given = ties.find((t) => MAKLUN.has(t.type));
  const received = ties.find((t) => t.type === 'COMPONENT_SUPPLY');
  const nurFirm = given?.from ?? received?.to;
  const work = given ?? received;
  if (!work || !nurFirm) return null;
  const joint =
    ties.find((t) => t.type === 'JOINT_PURCHASING' && !touches(t, nurFirm)) ??
    ties.find((t) => t.type === 'JOINT_PURCHASING') ??
    null;
  return { centerId, nurFirm, maklunTie: work.id, jointTie: joint?.id ?? null };
}
