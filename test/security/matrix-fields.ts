import type { RichSide, RichWorld, Secrets } from './world.ts';

/**
 * One personal-data field in one response, and what each reader must get in it. `path` is a JSON path into
 * the body (`items[id=$enterpriseId].ownerName`: the item whose `id` is the `in` side's `enterpriseId`), or
 * `file:<secret>` for a file, searched for the `in` side's planted value. `sees` has one character per
 * reader in `READERS` order (admin, ministry, regional_officer, center_manager, enterprise, researcher,
 * viewer, anonymous, researcher_personal): `R` the real value (the admin's), `P` a stable pseudonym
 * (`IKM-…`, `Orang-…`) and never the real value, `X` nothing (null, absent, or not in the file), `F` 403,
 * `U` 401. The admin's value must be present, so a field that vanished for everyone fails too.
 */
export interface FieldCheck {
  /** The matrix route (`METHOD /api/path`) the request goes to. */
  route: string;
  url(world: RichWorld): string;
  path: string;
  sees: string;
}

/** Readers of the side's enterprise and people: real for all, pseudonymised for plain researchers. */
const REGISTRY = 'RRRRRPFUR';
/** The same records' contact and location fields: withheld from plain researchers. */
const REGISTRY_HIDDEN = 'RRRRRXFUR';
/** Member lists and networks (no enterprise users). */
const MEMBERS = 'RRRRFPFUR';
const MEMBERS_HIDDEN = 'RRRRFXFUR';
/** Registry files: admins, the ministry and regional officers. */
const FILES = 'RRRFFFFUF';

const fields = (route: string, url: FieldCheck['url'], sees: string, paths: string[]): FieldCheck[] =>
  paths.map((path) => ({ route, url, path, sees }));

const enterprise = (w: RichWorld) => `/api/enterprises/${w.in.enterpriseId}`;
const person = (w: RichWorld) => `/api/people/${w.in.personId}`;
const tie = (w: RichWorld) => `/api/interactions/${w.in.tieId}`;
const conflict = (w: RichWorld) => `/api/interactions/${w.in.conflictTieId}`;
const members = (w: RichWorld) => `/api/centers/${w.in.centerId}/members?limit=500`;
const institutionMembers = (w: RichWorld) => `/api/institutions/${w.in.institutionId}/members?limit=500`;
const centerNetwork = (w: RichWorld) => `/api/centers/${w.in.centerId}/network`;
const networkFile = (format: string) => (w: RichWorld) =>
  `/api/centers/${w.in.centerId}/network/export?format=${format}`;

/** Every response that carries personal data, field by field (docs/SECURITY.md, "Personal data"). */
export const FIELD_CHECKS: FieldCheck[] = [
  ...fields('GET /api/enterprises/:id', enterprise, REGISTRY, ['name', 'ownerName']),
  ...fields('GET /api/enterprises/:id', enterprise, REGISTRY_HIDDEN, [
    'phone',
    'address',
    'nib',
    'externalId',
    'latitude',
    'longitude',
  ]),
  ...fields('GET /api/enterprises', () => '/api/enterprises?limit=500', REGISTRY, [
    'items[id=$enterpriseId].name',
    'items[id=$enterpriseId].ownerName',
  ]),
  ...fields('GET /api/enterprises', () => '/api/enterprises?limit=500', REGISTRY_HIDDEN, [
    'items[id=$enterpriseId].phone',
    'items[id=$enterpriseId].address',
    'items[id=$enterpriseId].nib',
    'items[id=$enterpriseId].latitude',
  ]),
  ...fields('GET /api/people/:id', person, REGISTRY, [
    'fullName',
    'affiliations[enterpriseId=$enterpriseId].name',
  ]),
  ...fields('GET /api/people/:id', person, REGISTRY_HIDDEN, ['phone', 'email', 'birthYear', 'notes']),
  ...fields('GET /api/people', () => '/api/people?limit=500', REGISTRY, ['items[id=$personId].fullName']),
  ...fields('GET /api/people', () => '/api/people?limit=500', REGISTRY_HIDDEN, [
    'items[id=$personId].phone',
    'items[id=$personId].email',
  ]),
  ...fields('GET /api/people/:id/export', (w) => `/api/people/${w.in.personId}/export`, 'RFRFFFFUF', [
    'person.fullName',
    'person.phone',
  ]),
  ...fields('GET /api/interactions/:id', tie, REGISTRY, ['fromEnterpriseName', 'toEnterpriseName']),
  ...fields('GET /api/interactions/:id', tie, REGISTRY_HIDDEN, ['evidenceNotes']),
  // The enterprise user is the accused end of the conflict: it sees the tie, never the informant's notes.
  ...fields('GET /api/interactions/:id', conflict, 'RRRRXXFUR', ['evidenceNotes']),
  ...fields('GET /api/interactions', () => '/api/interactions?limit=500', REGISTRY, [
    'items[id=$tieId].fromEnterpriseName',
  ]),
  ...fields('GET /api/interactions', () => '/api/interactions?limit=500', REGISTRY_HIDDEN, [
    'items[id=$tieId].evidenceNotes',
  ]),
  ...fields('GET /api/interactions', () => '/api/interactions?limit=500', 'RRRRXXFUR', [
    'items[id=$conflictTieId].evidenceNotes',
  ]),
  ...fields('GET /api/centers/:id/members', members, MEMBERS, [
    'items[enterpriseId=$enterpriseId].enterpriseName',
  ]),
  ...fields('GET /api/institutions/:id/members', institutionMembers, MEMBERS, [
    'items[enterpriseId=$enterpriseId].enterpriseName',
  ]),
  ...fields('GET /api/centers/:id/network', centerNetwork, MEMBERS, ['nodes[id=$enterpriseId].label']),
  ...fields('GET /api/centers/:id/network', centerNetwork, MEMBERS_HIDDEN, [
    'nodes[id=$enterpriseId].latitude',
    'nodes[id=$enterpriseId].longitude',
  ]),
  // Institutions are public: their names stay for everyone who may read the network.
  ...fields('GET /api/centers/:id/network', centerNetwork, 'RRRRFRFUR', ['nodes[id=$institutionId].label']),
  ...fields('GET /api/centers/:id/network/export', networkFile('gexf'), MEMBERS, ['file:firmName']),
  ...fields('GET /api/centers/:id/network/export', networkFile('graphml'), MEMBERS, ['file:firmName']),
  ...fields('GET /api/centers/:id/network/export', (w) => `${networkFile('csv')(w)}&part=nodes`, MEMBERS, [
    'file:firmName',
  ]),
  ...fields('GET /api/challenges/:id', (w) => `/api/challenges/${w.in.challengeId}`, MEMBERS_HIDDEN, [
    'notes',
  ]),
  ...fields(
    'GET /api/institutions/:id/challenges',
    (w) => `/api/institutions/${w.in.institutionId}/challenges`,
    MEMBERS_HIDDEN,
    ['items[id=$challengeId].notes'],
  ),
  ...fields('GET /api/export/:kind', () => '/api/export/enterprises?format=csv', FILES, [
    'file:ownerName',
    'file:address',
    'file:nib',
  ]),
  ...fields('GET /api/export/:kind', () => '/api/export/interactions?format=csv', FILES, ['file:tieNotes']),
];

/** What a field check found in one response. */
export type Found = { kind: 'value'; value: unknown } | { kind: 'text'; text: string; secret: string };

/** Reads `path` out of a response body, resolving `$key` selectors against the `in` side. */
export function readField(body: string, path: string, side: RichSide): Found {
  if (path.startsWith('file:')) {
    const secret = side.secrets[path.slice('file:'.length) as keyof Secrets];
    return { kind: 'text', text: body, secret };
  }
  let value: unknown = JSON.parse(body);
  for (const segment of path.split('.')) {
    const match = /^(\w+)(?:\[(\w+)=\$(\w+)\])?$/.exec(segment);
    if (!match) throw new Error(`bad field path segment "${segment}" in ${path}`);
    const [, name, key, ref] = match;
    value = (value as Record<string, unknown> | undefined)?.[name as string];
    if (key && ref) {
      const wanted = side[ref as keyof RichSide];
      value = (value as Record<string, unknown>[] | undefined)?.find((item) => item[key] === wanted);
    }
  }
  return { kind: 'value', value };
}

/** A pseudonym as `src/auth/pseudonym.ts` makes them. */
export const PSEUDONYM = /^(IKM|Orang)-[0-9a-f]{8}$/;
export const PSEUDONYM_IN_TEXT = /\b(IKM|Orang)-[0-9a-f]{8}\b/;
