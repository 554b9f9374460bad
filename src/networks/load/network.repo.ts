import { sql } from 'kysely';
import type { ScopePredicate } from '../../auth/scope-sql.ts';
import type { Db } from '../../db/database.ts';
import { type InteractionTypeCode, interactionType } from '../../interactions/interaction-types.ts';
import { memberOn, tieActiveOn } from '../../shared/periods.ts';
import type {
  CenterNetwork,
  NetworkNode,
  NetworkStructure,
  NetworkTie,
  TieStructure,
} from '../view/network.schema.ts';

/** Options of `loadCenterNetworks`. */
export interface LoadNetworkOptions {
  /** Fill in names, regions, commodities, coordinates and institution types, and order nodes by name (the view). */
  labels?: boolean;
  /**
   * Read of each tie only what the analysis reads (`TieStructure`): half the columns of five million
   * ties in a national recompute (docs/design-choices.md, "The national recompute: where the seconds went").
   */
  structureOnly?: boolean;
}

/**
 * The one loader of centre networks (docs/design-choices.md, "One loader"), set-based for any number of
 * centres. Each centre's network: the ties recorded for it (not archived, active on `at` — end date
 * exclusive — or every tie when `at` is null) that `visible` lets the reader see (a predicate on alias
 * `i`, as the interaction policy builds it; undefined: all); as nodes every enterprise that is a member on
 * `at` (end day included; any time when null) with its latest role, every enterprise or institution at an
 * end of those ties, and the institutions serving the centre. Without `labels` nodes carry ids, kinds,
 * roles and membership only (what the analysis needs) and come enterprises first, by id; with them, by
 * name. Ties come by start date, then id; with `structureOnly`, by id. Names are real; the service
 * pseudonymises them for readers who must not see them.
 */
export async function loadCenterNetworks(
  db: Db,
  centerIds: readonly string[],
  at: string | null,
  visible: ScopePredicate,
  options: LoadNetworkOptions & { structureOnly: true },
): Promise<Map<string, NetworkStructure>>;
export async function loadCenterNetworks(
  db: Db,
  centerIds: readonly string[],
  at: string | null,
  visible: ScopePredicate,
  options?: LoadNetworkOptions & { structureOnly?: false },
): Promise<Map<string, CenterNetwork>>;
export async function loadCenterNetworks(
  db: Db,
  centerIds: readonly string[],
  at: string | null,
  visible: ScopePredicate,
  options: LoadNetworkOptions = {},
): Promise<Map<string, CenterNetwork | NetworkStructure>> {
  if (centerIds.length === 0) return new Map();
  const ids = sql`${[...centerIds]}::uuid[]`;
  const [members, ties, serving] = await Promise.all([
    sql<{ center_id: string; enterprise_id: string; role: string }>`
      SELECT DISTINCT ON (m.center_id, m.enterprise_id) m.center_id, m.enterprise_id, m.role
      FROM center_memberships m
      WHERE m.center_id = ANY(${ids}) AND ${memberOn(at, 'm')}
      ORDER BY m.center_id, m.enterprise_id, m.valid_from DESC`.execute(db),
    db
      .selectFrom('interactions as i')
      .where(sql<boolean>`i.center_id = ANY(${ids})`)
      .where('i.archived_at', 'is', null)
      .where(tieActiveOn(at, 'i'))
      .$if(visible !== undefined, (q) => q.where(visible as NonNullable<ScopePredicate>))
      .select([
        'i.id',
        'i.center_id',
        'i.from_enterprise_id',
        'i.to_enterprise_id',
        'i.to_institution_id',
        'i.type',
        'i.valence',
      ])
      // Structure comes in id order, the order the analysis sorts ties in (centerGraph, interventionTargets),
      // so its sorts cost one pass: PostgreSQL's uuid order is the order of the lowercase text.
      .$if(!options.structureOnly, (q) =>
        q
          .select([
            'i.start_date',
            'i.end_date',
            'i.strength',
            'i.frequency',
            'i.formality',
            'i.confidence',
            'i.legal_pattern',
            'i.confidential',
          ])
          .orderBy('i.start_date'),
      )
      .orderBy('i.id')
      .execute(),
    sql<{ center_id: string; institution_id: string }>`
      SELECT ic.center_id, ic.institution_id FROM institution_centers ic
      JOIN institutions n ON n.id = ic.institution_id AND n.archived_at IS NULL
      WHERE ic.center_id = ANY(${ids})`.execute(db),
  ]);

  const networks = new Map(
    centerIds.map((id) => [
      id,
      { nodes: new Map<string, NetworkNode>(), ties: [] as (NetworkTie | TieStructure)[] },
    ]),
  );
  const addNode = (centerId: string, id: string, kind: NetworkNode['kind'], role: string | null = null) => {
    const nodes = networks.get(centerId)?.nodes;
    if (nodes && !nodes.has(id)) nodes.set(id, { ...EMPTY_NODE, id, kind, role, member: role !== null });
  };
  for (const m of members.rows) addNode(m.center_id, m.enterprise_id, 'enterprise', m.role);
  for (const t of ties) {
    const centerId = t.center_id as string; // the query asked for these centres
    const network = networks.get(centerId);
    if (!network) continue;
    addNode(centerId, t.from_enterprise_id, 'enterprise');
    if (t.to_enterprise_id) addNode(centerId, t.to_enterprise_id, 'enterprise');
    if (t.to_institution_id) addNode(centerId, t.to_institution_id, 'institution');
    const structure: TieStructure = {
      id: t.id,
      source: t.from_enterprise_id,
      target: (t.to_enterprise_id ?? t.to_institution_id) as string,
      type: t.type as NetworkTie['type'],
      valence: t.valence as NetworkTie['valence'],
      directed: !interactionType(t.type as InteractionTypeCode).symmetric,
    };
    network.ties.push(
      options.structureOnly
        ? structure
        : {
            ...structure,
            startDate: t.start_date as string,
            endDate: t.end_date ?? null,
            strength: t.strength as NetworkTie['strength'],
            frequency: t.frequency ?? null,
            formality: t.formality as NetworkTie['formality'],
            confidence: t.confidence as NetworkTie['confidence'],
            legalPattern: t.legal_pattern ?? null,
            confidential: t.confidential as boolean,
          },
    );
  }
  for (const s of serving.rows) addNode(s.center_id, s.institution_id, 'institution');

  const all = [...networks.values()].flatMap((n) => [...n.nodes.values()]);
  const labelled = options.labels ? await nodeLabels(db, all) : new Map<string, Partial<NetworkNode>>();
  const rank = new Map([...labelled.keys()].map((id, i) => [id, i]));
  const order = (a: NetworkNode, b: NetworkNode): number => {
    if (a.kind !== b.kind) return a.kind === 'enterprise' ? -1 : 1;
    if (options.labels) return (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0);
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  return new Map(
    [...networks].map(([centerId, n]) => [
      centerId,
      {
        centerId,
        at,
        nodes: [...n.nodes.values()].sort(order).map((node) => ({ ...node, ...labelled.get(node.id) })),
        ties: n.ties,
      },
    ]),
  );
}

/** One centre's network with its labels: `loadCenterNetworks` for a batch of one. */
export async function loadCenterNetwork(
  db: Db,
  centerId: string,
  at: string | null,
  visible: ScopePredicate,
): Promise<CenterNetwork> {
  const networks = await loadCenterNetworks(db, [centerId], at, visible, { labels: true });
  return networks.get(centerId) as CenterNetwork;
}

const EMPTY_NODE: Omit<NetworkNode, 'id' | 'kind' | 'role' | 'member'> = {
  label: '',
  regionCode: null,
  commodity: null,
  latitude: null,
  longitude: null,
};

/** Labels and attributes of `nodes` by id, enterprises then institutions, each by name (then id). */
async function nodeLabels(db: Db, nodes: readonly NetworkNode[]): Promise<Map<string, Partial<NetworkNode>>> {
  const firmIds = [...new Set(nodes.filter((n) => n.kind === 'enterprise').map((n) => n.id))];
  const institutionIds = [...new Set(nodes.filter((n) => n.kind === 'institution').map((n) => n.id))];
  const [firms, institutions] = await Promise.all([
    firmIds.length
      ? db
          .selectFrom('enterprises as e')
          .where(sql<boolean>`e.id = ANY(${firmIds}::uuid[])`)
          .select(['e.id', 'e.name', 'e.region_code', 'e.commodity', 'e.latitude', 'e.longitude'])
          .orderBy('e.name')
          .orderBy('e.id')
          .execute()
      : [],
    institutionIds.length
      ? db
          .selectFrom('institutions as n')
          .where(sql<boolean>`n.id = ANY(${institutionIds}::uuid[])`)
          .select(['n.id', 'n.name', 'n.region_code', 'n.type'])
          .orderBy('n.name')
          .orderBy('n.id')
          .execute()
      : [],
  ]);
  const labels = new Map<string, Partial<NetworkNode>>();
  for (const e of firms) {
    labels.set(e.id, {
      label: e.name,
      regionCode: e.region_code,
      commodity: e.commodity,
      latitude: e.latitude,
      longitude: e.longitude,
    });
  }
  for (const n of institutions) labels.set(n.id, { label: n.name, regionCode: n.region_code, role: n.type });
  return labels;
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

/** A centre's network version (what it is made of) and view version (what readers are shown of it). */
export interface NetworkVersions {
  version: number;
  viewVersion: number;
}

/**
 * The versions of centre `centerId`, or undefined when there is no such centre: one indexed read that
 * doubles as the existence check of every network route (the centre's record itself is not needed).
 */
export async function centerNetworkVersions(db: Db, centerId: string): Promise<NetworkVersions | undefined> {
  return (await centersNetworkVersions(db, [centerId])).get(centerId);
}

/** `centerNetworkVersions` of several centres in one read; a centre that does not exist has no entry. */
export async function centersNetworkVersions(
  db: Db,
  centerIds: readonly string[],
): Promise<Map<string, NetworkVersions>> {
  const rows = await db
    .selectFrom('centers as c')
    .leftJoin('center_network_versions as v', 'v.center_id', 'c.id')
    .where(sql<boolean>`c.id = ANY(${sql`${[...centerIds]}::uuid[]`})`)
    .select(['c.id', 'v.version', 'v.view_version'])
    .execute();
  return new Map(
    rows.map((r) => [r.id, { version: Number(r.version ?? 0), viewVersion: Number(r.view_version ?? 0) }]),
  );
}
