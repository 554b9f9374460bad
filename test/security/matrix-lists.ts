import type { RichSide, RichWorld } from './world.ts';

/**
 * One list a reader may ask for, and the records of the world it must or must not hold. `sees` has one
 * character per reader in `READERS` order (admin, ministry, regional_officer, center_manager, enterprise,
 * researcher, viewer, anonymous, researcher_personal): `Y` the record is listed, `N` it is not (the list
 * answers, without it), `F` the request is refused with 403, `U` with 401. Each check looks for at least
 * one record a reader must find, so an empty list fails as surely as an overfull one.
 */
export interface ListCheck {
  /** The matrix route (`METHOD /api/path`) the request goes to. */
  route: string;
  url(world: RichWorld): string;
  /** What the body lists: ids for JSON, or the whole text of a file (searched for the id). */
  listed(body: string): string[] | string;
  items: { what: string; id(world: RichWorld): string; sees: string }[];
}

type Json = Record<string, unknown>;
const json = (body: string) => JSON.parse(body) as Json;
const field = (key: string) => (body: string) => (json(body).items as Json[]).map((i) => String(i[key]));
const page = field('id');
const text = (body: string) => body;
const IN = (pick: (side: RichSide) => string) => (world: RichWorld) => pick(world.in);
const OUT = (pick: (side: RichSide) => string) => (world: RichWorld) => pick(world.out);

// The usual shapes: everyone; signed-in readers of personal data; readers of member lists and networks;
// file exporters. `…_IN` for the Bandung record, `…_OUT` for the Jepara one.
const EVERYONE = 'YYYYYYYYY';
const REGISTRY_IN = 'YYYYYYFUY';
const REGISTRY_OUT = 'YYNNNYFUY';
const MEMBERS_IN = 'YYYYFYFUY';
const MEMBERS_OUT = 'YYFFFYFUY';
const FILES_IN = 'YYYFFFFUF';
const FILES_OUT = 'YYNFFFFUF';

function networkIds(body: string): string[] {
  const network = json(body) as { nodes: Json[]; ties: Json[] };
  return [...network.nodes, ...network.ties].map((x) => String(x.id));
}

function membershipOwners(body: string): string[] {
  const lists = json(body) as { centers: Json[]; institutions: Json[] };
  return [
    ...lists.centers.map((m) => String(m.centerId)),
    ...lists.institutions.map((m) => String(m.institutionId)),
  ];
}

/** A member list of the side's centre or institution, and the enterprises it must show. */
function memberList(route: string, owner: 'centers' | 'institutions', side: 'in' | 'out'): ListCheck {
  const ownerId = (w: RichWorld) => (owner === 'centers' ? w[side].centerId : w[side].institutionId);
  const sees = side === 'in' ? MEMBERS_IN : MEMBERS_OUT;
  return {
    route,
    url: (w) => `/api/${owner}/${ownerId(w)}/members?limit=500`,
    listed: field('enterpriseId'),
    items:
      owner === 'centers'
        ? [
            { what: `${side} enterprise`, id: (w) => w[side].enterpriseId, sees },
            { what: `${side} partner`, id: (w) => w[side].partnerId, sees },
          ]
        : [{ what: `${side} enterprise`, id: (w) => w[side].enterpriseId, sees }],
  };
}

/** A centre's network (or a view of it) on each side: its firms, institution and ties. */
function network(route: string, path: string, listed: ListCheck['listed'], side: 'in' | 'out'): ListCheck {
  const sees = side === 'in' ? MEMBERS_IN : MEMBERS_OUT;
  return {
    route,
    url: (w) => `/api/centers/${w[side].centerId}/${path}`,
    listed,
    items: [
      { what: `${side} tie`, id: (w) => w[side].tieId, sees },
      { what: `${side} conflict tie`, id: (w) => w[side].conflictTieId, sees },
    ],
  };
}

/** A registry export file: the side's record is in the officer's file only on their side. */
function exportFile(kind: string, id: (side: RichSide) => string): ListCheck {
  return {
    route: 'GET /api/export/:kind',
    url: () => `/api/export/${kind}?format=csv`,
    listed: text,
    items: [
      { what: `in ${kind}`, id: IN(id), sees: FILES_IN },
      { what: `out ${kind}`, id: OUT(id), sees: FILES_OUT },
    ],
  };
}

/** Every list route and what each reader must find in it (docs/SECURITY.md, "Roles and scopes"). */
export const LIST_CHECKS: ListCheck[] = [
  {
    route: 'GET /api/centers',
    url: () => '/api/centers?limit=500',
    listed: page,
    items: [
      { what: 'in centre', id: IN((s) => s.centerId), sees: EVERYONE },
      { what: 'out centre', id: OUT((s) => s.centerId), sees: EVERYONE },
    ],
  },
  {
    route: 'GET /api/institutions',
    url: () => '/api/institutions?limit=500',
    listed: page,
    items: [
      { what: 'in institution', id: IN((s) => s.institutionId), sees: EVERYONE },
      { what: 'out institution', id: OUT((s) => s.institutionId), sees: EVERYONE },
    ],
  },
  {
    route: 'GET /api/enterprises',
    url: () => '/api/enterprises?limit=500',
    listed: page,
    items: [
      { what: 'in enterprise', id: IN((s) => s.enterpriseId), sees: REGISTRY_IN },
      // The partner is a member of the manager's centre, but not the enterprise user's own firm.
      { what: 'in partner', id: IN((s) => s.partnerId), sees: 'YYYYNYFUY' },
      { what: 'out enterprise', id: OUT((s) => s.enterpriseId), sees: REGISTRY_OUT },
    ],
  },
  {
    route: 'GET /api/people',
    url: () => '/api/people?limit=500',
    listed: page,
    items: [
      { what: 'in worker', id: IN((s) => s.personId), sees: REGISTRY_IN },
      { what: 'in owner', id: IN((s) => s.ownerPersonId), sees: REGISTRY_IN },
      { what: 'out worker', id: OUT((s) => s.personId), sees: REGISTRY_OUT },
      { what: 'out owner', id: OUT((s) => s.ownerPersonId), sees: REGISTRY_OUT },
    ],
  },
  {
    route: 'GET /api/interactions',
    url: () => '/api/interactions?limit=500',
    listed: page,
    items: [
      { what: 'in tie', id: IN((s) => s.tieId), sees: REGISTRY_IN },
      // The enterprise user is the accused end: it sees the tie (not its notes, see the field checks).
      { what: 'in conflict tie', id: IN((s) => s.conflictTieId), sees: REGISTRY_IN },
      { what: 'out tie', id: OUT((s) => s.tieId), sees: REGISTRY_OUT },
      { what: 'out conflict tie', id: OUT((s) => s.conflictTieId), sees: REGISTRY_OUT },
    ],
  },
  memberList('GET /api/centers/:id/members', 'centers', 'in'),
  memberList('GET /api/centers/:id/members', 'centers', 'out'),
  memberList('GET /api/institutions/:id/members', 'institutions', 'in'),
  memberList('GET /api/institutions/:id/members', 'institutions', 'out'),
  {
    // The Bandung firm is also a member of the Jepara centre: a Bandung reader must not see that period.
    route: 'GET /api/enterprises/:id/memberships',
    url: (w) => `/api/enterprises/${w.in.enterpriseId}/memberships`,
    listed: membershipOwners,
    items: [
      { what: 'in centre', id: IN((s) => s.centerId), sees: MEMBERS_IN },
      { what: 'in institution', id: IN((s) => s.institutionId), sees: MEMBERS_IN },
      { what: 'out centre', id: OUT((s) => s.centerId), sees: 'YYNNFYFUY' },
    ],
  },
  {
    route: 'GET /api/institutions/:id/challenges',
    url: (w) => `/api/institutions/${w.in.institutionId}/challenges?limit=100`,
    listed: page,
    items: [{ what: 'in challenge', id: IN((s) => s.challengeId), sees: MEMBERS_IN }],
  },
  {
    route: 'GET /api/institutions/:id/challenges',
    url: (w) => `/api/institutions/${w.out.institutionId}/challenges?limit=100`,
    listed: page,
    items: [{ what: 'out challenge', id: OUT((s) => s.challengeId), sees: MEMBERS_OUT }],
  },
  network('GET /api/centers/:id/network', 'network', networkIds, 'in'),
  network('GET /api/centers/:id/network', 'network', networkIds, 'out'),
  network(
    'GET /api/centers/:id/network/change',
    'network/change?from=2019-01-01&to=2024-01-01',
    (body) => (json(body).gained as Json[]).map((t) => String(t.id)),
    'in',
  ),
  network('GET /api/centers/:id/network/export', 'network/export?format=gexf', text, 'in'),
  network('GET /api/centers/:id/network/export', 'network/export?format=csv', text, 'out'),
  {
    route: 'GET /api/centers/:id/analysis',
    url: (w) => `/api/centers/${w.in.centerId}/analysis`,
    listed: (body) => (json(body).nodes as Json[]).map((n) => String(n.id)),
    items: [
      { what: 'in enterprise', id: IN((s) => s.enterpriseId), sees: MEMBERS_IN },
      { what: 'in partner', id: IN((s) => s.partnerId), sees: MEMBERS_IN },
    ],
  },
  ...(['blockmodel?k=3', 'communities?method=leiden'] as const).map(
    (query): ListCheck => ({
      route: `GET /api/centers/:id/analysis/${query.split('?')[0]}`,
      url: (w) => `/api/centers/${w.in.centerId}/analysis/${query}`,
      listed: (body) => (json(body).nodes as Json[]).map((n) => String(n.id)),
      items: [
        { what: 'in enterprise', id: IN((s) => s.enterpriseId), sees: MEMBERS_IN },
        { what: 'in partner', id: IN((s) => s.partnerId), sees: MEMBERS_IN },
      ],
    }),
  ),
  {
    route: 'GET /api/analysis/compare',
    url: () => '/api/analysis/compare?region=32.73',
    listed: (body) => (json(body).items as Json[]).map((r) => String(r.centerId)),
    items: [{ what: 'in centre', id: IN((s) => s.centerId), sees: MEMBERS_IN }],
  },
  {
    route: 'GET /api/analysis/compare',
    url: () => '/api/analysis/compare?region=33.20',
    listed: (body) => (json(body).items as Json[]).map((r) => String(r.centerId)),
    items: [{ what: 'out centre', id: OUT((s) => s.centerId), sees: 'YYNNFYFUY' }],
  },
  {
    route: 'GET /api/analysis/patterns',
    url: () => '/api/analysis/patterns',
    listed: (body) => (json(body).items as Json[]).map((r) => String(r.centerId)),
    items: [
      { what: 'in centre', id: IN((s) => s.centerId), sees: MEMBERS_IN },
      { what: 'out centre', id: OUT((s) => s.centerId), sees: 'YYNNFYFUY' },
    ],
  },
  {
    route: 'GET /api/overview',
    url: () => '/api/overview',
    listed: (body) => (json(body).centers as Json[]).map((c) => String(c.id)),
    items: [
      { what: 'in centre', id: IN((s) => s.centerId), sees: 'YYYYYYYUY' },
      { what: 'out centre', id: OUT((s) => s.centerId), sees: 'YYYYYYYUY' },
    ],
  },
  {
    route: 'GET /api/audit',
    url: () => '/api/audit?entityType=enterprises&limit=1000',
    listed: field('entityId'),
    items: [
      { what: 'in enterprise', id: IN((s) => s.enterpriseId), sees: 'YFYFFFFUF' },
      { what: 'out enterprise', id: OUT((s) => s.enterpriseId), sees: 'YFNFFFFUF' },
    ],
  },
  exportFile('centers', (s) => s.centerId),
  exportFile('enterprises', (s) => s.enterpriseId),
  exportFile('institutions', (s) => s.institutionId),
  exportFile('memberships', (s) => s.centerMembershipId),
  exportFile('interactions', (s) => s.tieId),
];
