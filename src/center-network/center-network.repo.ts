import type { ScopePredicate } from '../auth/scope-sql.ts';
import type { Db } from '../db/database.ts';
import { INTERACTION_TYPES } from '../interactions/interaction-types.ts';
import { memberOn, tieActiveOn } from '../shared/periods.ts';
import type { CenterNetwork, NetworkNode, NetworkTie } from './center-network.schema.ts';

const SYMMETRIC = new Set(INTERACTION_TYPES.filter((t) => t.symmetric).map((t) => t.code));

/** A day as `YYYY-MM-DD` whatever the driver returned. */
const day = (d: Date | string): string =>
  typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);

/**
 * Loads a centre's network: the ties recorded for the centre (not archived, active on `at` when given)
 * that `visible` lets the reader see (a predicate on alias `i`, as the interaction policy builds it), and
 * as nodes every enterprise that is a member on `at` (any time when `at` is absent) plus every enterprise
 * or institution at an end of those ties, plus the institutions serving the centre. Names are real; the
 * service pseudonymises them for readers who must not see them.
 */
export async function loadCenterNetwork(
  db: Db,
  centerId: string,
  at: string | undefined,
  visible: ScopePredicate,
): Promise<CenterNetwork> {
  let ties = db
    .selectFrom('interactions as i')
    .where('i.center_id', '=', centerId)
    .where('i.archived_at', 'is', null);
  if (visible) ties = ties.where(visible);
  if (at) {
    ties = ties.where(tieActiveOn(at, 'i'));
  }
  const tieRows = await ties
    .select([
      'i.id',
      'i.from_enterprise_id',
      'i.to_enterprise_id',
      'i.to_institution_id',
      'i.type',
      'i.valence',
      'i.start_date',
      'i.end_date',
      'i.strength',
      'i.frequency',
      'i.formality',
      'i.confidence',
      'i.legal_pattern',
      'i.confidential',
    ])
    .orderBy('i.start_date')
    .orderBy('i.id')
    .execute();

  const tieEnterprises = new Set<string>();
  const tieInstitutions = new Set<string>();
  for (const t of tieRows) {
    tieEnterprises.add(t.from_enterprise_id);
    if (t.to_enterprise_id) tieEnterprises.add(t.to_enterprise_id);
    if (t.to_institution_id) tieInstitutions.add(t.to_institution_id);
  }

  const members = await db
    .selectFrom('center_memberships as m')
    .where('m.center_id', '=', centerId)
    .where(memberOn(at ?? null, 'm'))
    .select(['m.enterprise_id', 'm.role'])
    .orderBy('m.valid_from', 'desc')
    .execute();
  const memberRole = new Map<string, string>();
  for (const m of members) if (!memberRole.has(m.enterprise_id)) memberRole.set(m.enterprise_id, m.role);

  const enterpriseIds = [...new Set([...memberRole.keys(), ...tieEnterprises])];
  const enterprises = enterpriseIds.length
    ? await db
        .selectFrom('enterprises as e')
        .where('e.id', 'in', enterpriseIds)
        .select(['e.id', 'e.name', 'e.region_code', 'e.commodity', 'e.latitude', 'e.longitude'])
        .orderBy('e.name')
        .orderBy('e.id')
        .execute()
    : [];

  const institutions = await db
    .selectFrom('institutions as n')
    .where((eb) =>
      eb.or([
        eb.and([
          eb(
            'n.id',
            'in',
            eb
              .selectFrom('institution_centers as ic')
              .where('ic.center_id', '=', centerId)
              .select('ic.institution_id'),
          ),
          eb('n.archived_at', 'is', null),
        ]),
        ...(tieInstitutions.size ? [eb('n.id', 'in', [...tieInstitutions])] : []),
      ]),
    )
    .select(['n.id', 'n.name', 'n.region_code', 'n.type'])
    .orderBy('n.name')
    .orderBy('n.id')
    .execute();

  const nodes: NetworkNode[] = [
    ...enterprises.map((e) => ({
      id: e.id,
      kind: 'enterprise' as const,
      label: e.name,
      regionCode: e.region_code,
      role: memberRole.get(e.id) ?? null,
      member: memberRole.has(e.id),
      commodity: e.commodity,
      latitude: e.latitude,
      longitude: e.longitude,
    })),
    ...institutions.map((n) => ({
      id: n.id,
      kind: 'institution' as const,
      label: n.name,
      regionCode: n.region_code,
      role: n.type,
      member: false,
      commodity: null,
      latitude: null,
      longitude: null,
    })),
  ];
  const tiesOut: NetworkTie[] = tieRows.map((t) => ({
    id: t.id,
    source: t.from_enterprise_id,
    target: (t.to_enterprise_id ?? t.to_institution_id) as string,
    type: t.type as NetworkTie['type'],
    valence: t.valence as NetworkTie['valence'],
    directed: !SYMMETRIC.has(t.type as NetworkTie['type']),
    startDate: day(t.start_date),
    endDate: t.end_date === null ? null : day(t.end_date),
    strength: t.strength,
    frequency: t.frequency,
    formality: t.formality,
    confidence: t.confidence,
    legalPattern: t.legal_pattern,
    confidential: t.confidential,
  }));
  return { centerId, at: at ?? null, nodes, ties: tiesOut };
}

/** Which of the enterprises `ids` satisfy `readable` (a predicate on `e.id`; undefined = all of them). */
export async function readableEnterpriseIds(
  db: Db,
  ids: readonly string[],
  readable: ScopePredicate,
): Promise<Set<string>> {
  if (readable === undefined) return new Set(ids);
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('enterprises as e')
    .where('e.id', 'in', [...ids])
    .where(readable)
    .select('e.id')
    .execute();
  return new Set(rows.map((r) => r.id));
}
