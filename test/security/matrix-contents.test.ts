import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../app.ts';
import { headersOf, READERS, type Reader, ruleFor } from './callers.ts';
import { MATRIX } from './matrix.ts';
import { FIELD_CHECKS, PSEUDONYM, PSEUDONYM_IN_TEXT, readField } from './matrix-fields.ts';
import { LIST_CHECKS } from './matrix-lists.ts';
import { buildWorld, type RichSide, type RichWorld, type Secrets } from './world.ts';

const ctx = useTestApp();

const RESEARCH_CODING =
  "a research project's content, read by its members only (status matrix: a project the caller is not a member of is refused, the admin included); coding.routes.test.ts checks blind rounds and withdrawn informants";

/** Read routes that carry no list of scoped records and no personal-data field of their own, and why. */
const NO_CONTENT_RULE: Record<string, string> = {
  'GET /api/health': 'no records',
  'GET /api/ready': 'no records',
  'GET /api/auth/me': "the caller's own account",
  'GET /api/tokens': "the caller's own tokens: checked below against the admin's view of the same user",
  'GET /api/users': 'admin only, not scoped (status matrix)',
  'GET /api/users/:id': 'admin only, not scoped (status matrix)',
  'GET /api/users/:id/tokens': 'admin only, not scoped (status matrix)',
  'GET /api/regions': 'public reference data',
  'GET /api/regions/:code': 'public reference data',
  'GET /api/centers/:id': 'a public profile without personal data (body scan)',
  'GET /api/institutions/:id': 'a public profile without personal data (body scan)',
  'GET /api/enterprises/:id/years': "figures, not personal data; the enterprise's scope (status matrix)",
  'GET /api/enterprises/:id/size-classes': "derived classes; the enterprise's scope (status matrix)",
  'GET /api/interaction-types': 'the public catalogue',
  'GET /api/analysis/compare.xlsx': 'the rows of GET /api/analysis/compare, as a workbook',
  'GET /api/analysis/pattern-counts':
    "counts of pattern labels per region, no ids or names; over the centres GET /api/analysis/patterns lists to the reader (compare.routes.test.ts checks an officer's counts leave out centres outside their regions)",
  'GET /api/templates/:kind.xlsx': 'empty templates',
  'GET /api/jobs': 'admin only, not scoped (status matrix); jobs name task kinds and keys, not records',
  'GET /api/jobs/analysis-runs':
    'admin only, not scoped (status matrix); a run is counts and times, and failed centres by id, not records',
  'GET /api/centers/:id/analysis/layers':
    "counts per tie type, no ids or names; over the ties the reader sees; the network's scope (status matrix)",
  'GET /api/centers/:id/analysis/timeline':
    "counts and indices per year, no ids or names; over the ties the reader sees; the network's scope (status matrix)",
  'GET /api/centers/:id/analysis/brokerage':
    "brokers over the ties the reader sees (networkTieScope, as the analysis); the world's firms broker nothing, so brokerage.routes.test.ts checks what is listed, with pseudonyms for researchers",

  'GET /api/notifications':
    "the caller's own inbox: notifications.routes.test.ts checks another user's is neither listed nor counted",
  'GET /api/notification-preferences': "the caller's own choices",
  'GET /api/import-runs': "the caller's own runs: import-runs.test.ts checks another user's is not listed",
  'GET /api/import-runs/:id': "the caller's own run, or any for an admin (status matrix)",
  'GET /api/region-exports':
    "the caller's own exports: region-exports.test.ts checks another user's is not listed",
  'GET /api/region-exports/:id': "the caller's own export, or any for an admin (status matrix)",
  'GET /api/region-exports/:id/file':
    "the caller's own export's file, or any for an admin (status matrix); its contents are each kind's export, narrowed to the region (region-exports.test.ts)",
  'GET /api/requests':
    "requests of the reader's scope (requests.policy.ts readScope; requests.routes.test.ts); a firm sees a targeted request's poster only once invited or answering (body scan)",
  'GET /api/requests/:id':
    'one request, refused out of scope (status matrix); a firm sees only its own quotes (requests.routes.test.ts) and the poster only once engaged (body scan)',
  'GET /api/requests/:id/messages': 'the question thread of a request the reader may read (status matrix)',
  'GET /api/process-sectors': 'reference data: sector and process names, no personal data',
  'GET /api/requests/:id/candidates':
    'one request by id, refused to readers outside it (status matrix); the firms of its target centres ranked, no quotes or personal data; matching.routes.test.ts checks who sees the ranking',
  'GET /api/enterprises/:id/capability':
    'one enterprise by id, refused out of scope (status matrix); capacity and certificates, no personal data',
  'GET /api/pools':
    "the world holds no pools: pools.access.test.ts checks an outsider firm's and a centre manager's lists hold only their pools",
  'GET /api/pools/:id':
    "a cooperative's pool, members' firm names and pledges for its members; the pool's scope (status matrix, pools.access.test.ts)",
  'GET /api/centers/:id/partnership-kpis':
    "counts, shares and indices over the centre's requests, awards and pools, no ids or names; the network's scope (status matrix, partnership-kpis.routes.test.ts)",
  'GET /api/centers/:id/partnership-settings':
    "a centre's review flag and ranking weights, no firm or personal data; the centre's editing scope and the national roles (status matrix)",
  'GET /api/requests/aggregates':
    'counts and ratios with no firm names, ids or pseudonyms, cells under 3 hidden; a scoped reader filtering outside their scope is refused (request-aggregates.routes.test.ts)',
  'GET /api/requests/aggregates.csv': 'the numbers of GET /api/requests/aggregates, as CSV',
  'GET /api/design-ledger':
    "the world holds no designs: design-ledger.routes.test.ts checks a firm's user lists its own records and not another firm's, and a researcher is refused",
  'GET /api/design-ledger/:id':
    "one record, refused out of the enterprise's scope (status matrix, design-ledger.routes.test.ts)",
  'GET /api/design-ledger/images/:id':
    'an image of a record the reader may read (design-ledger.routes.test.ts)',
  'GET /api/design-ledger/:id/evidence': 'the evidence sheet of a record the reader may read, as a PDF',
  'GET /api/design-ledger/:id/similar':
    "of a readable record: other records' titles, thumbnails and distances, never their firms (design-ledger.policy.ts)",
  'GET /api/design-ledger/verify': 'chain positions and hashes only, no firm or design',
  'GET /api/design-ledger/check/:verificationCode':
    'public by design: the record a printed code stands for, without its firm',
  'GET /api/price-agreements':
    "the world holds no agreements: price-agreements.routes.test.ts checks members and in-scope managers see their institution's agreements and outsiders none",
  'GET /api/price-agreements/:id':
    "one agreement, refused outside its institution's members and the scope (status matrix, price-agreements.routes.test.ts)",
  'GET /api/cases':
    'the world holds no cases: cases.access.test.ts checks each confidentiality level per role in lists as in reads, and pseudonyms for researchers',
  'GET /api/cases/:id':
    'one case, refused by its confidentiality and the scope (status matrix, cases.access.test.ts); every read is audited',
  'GET /api/cases/:id/network-effect':
    "the case's reading rules (status matrix), then counts of the centre's network computed on the ties the reader sees (case-network-effect.test.ts)",
  'GET /api/centers/:id/case-kpis':
    "counts and shares over the centre's cases, no ids, names, titles or texts, cells under 3 and their complements hidden; the network's scope (status matrix, case-kpis.routes.test.ts)",
  'GET /api/regions/:code/case-kpis':
    "the same over a region's centres; a regional officer is refused outside their regions (status matrix, case-kpis.routes.test.ts)",
  'GET /api/centers/:id/report.pdf':
    "a PDF built from the centre's network, analysis and KPIs as the reader sees them (ties by the interaction policy, pseudonyms, suppressed case counts), no person's data; reports.routes.test.ts checks a researcher's pseudonyms",
  'GET /api/regions/:code/report.pdf':
    'the same for the centres of a region the reader may read; refused with none (status matrix, reports.routes.test.ts)',
  'GET /api/centers/:id/ecosystem':
    "aggregates over the centres and their readable peers of the province, centre names only, never a firm; the network's scope (status matrix, ecosystem.routes.test.ts checks the default set holds only readable centres)",
  'GET /api/ecosystem':
    "the same over listed centres, each refused out of the network's scope (status matrix, ecosystem.routes.test.ts)",
  'GET /api/centers/:id/interventions':
    "the world holds no interventions: interventions.routes.test.ts checks a manager of another centre is refused; the list is the centre's, in its scope (status matrix)",
  'GET /api/interventions/:id':
    "one intervention, refused outside its centre's scope and to researchers and viewers (status matrix, interventions.routes.test.ts)",
  'GET /api/interventions/:id/effect':
    "aggregates of the centre and of comparison centres (public centre names), refused outside the centre's scope (status matrix, interventions.routes.test.ts)",
  'GET /api/institutions/:id/assessment-preview':
    "scores and counts of one institution, no firm ids, names or personal data; the institution's scope or membership (status matrix, assessment.routes.test.ts)",
  'GET /api/institutions/:id/assessments':
    "one institution's snapshots: scores, answers and the answering user's id, no firm names or personal data; the institution's scope or membership (status matrix, assessment.routes.test.ts)",
  'GET /api/centers/:id/what-if/suggestions':
    "suggested ties and mediations over the network the reader sees (centerNetworkFor: networkTieScope, pseudonyms for researchers); the network's scope (status matrix, what-if.routes.test.ts)",
  'GET /api/centers/:id/scenarios':
    "a centre's saved scenarios (names, edits as node ids, author's display name); the network's scope (status matrix, scenarios.routes.test.ts)",
  'GET /api/scenarios/:id': "one scenario, refused out of its centre's network scope (status matrix)",
  'GET /api/field/centers':
    'names and member counts of the centres the caller may collect in (fieldPolicy.collectScope), no personal data',
  'GET /api/field/centers/:id/package':
    "a centre's members for collectors only (admin, officers and managers in scope, who read owner names on the enterprise API too); no phone, NIK, address or coordinates (status matrix, field-package.test.ts)",
  'GET /api/field/xlsform/:questionnaire.xlsx':
    "the field package's member names and ids as the form's choices, for the same collectors (status matrix: out of scope 403); no phone, NIK, address or coordinates",
  'GET /api/field/projects/:id/package':
    "a research project's informants by pseudonym with consent scopes, for its members only (assertProjectRole); no registry link, notes or contact details (status matrix, field-research.routes.test.ts)",
  'GET /api/field/conflicts':
    "the caller's own offline changes only (field-sync.routes.test.ts checks another user's are not listed)",
  'GET /api/centers/:id/facilities':
    "the centre's shared facilities (no personal data), refused outside the scope and to firms not members of the centre (status matrix, facilities.routes.test.ts)",
  'GET /api/facilities/:id':
    'one facility, refused outside the scope and to firms not members of its centre (status matrix, facilities.routes.test.ts)',
  'GET /api/facilities/:id/bookings':
    "a month's bookings by firm name (a business name, not personal data), never the person who booked; another firm's purpose hidden from a firm's user (facilities.routes.test.ts)",
  'GET /api/centers/:id/facility-utilisation':
    'counts of open and used days per facility, no firm or person (status matrix, facilities.routes.test.ts)',
  'GET /api/research/projects':
    "the caller's own projects (the admin's: all), names and centres, no person's data (status matrix, projects.routes.test.ts checks a non-member and a narrowed account)",
  'GET /api/research/projects/:id':
    "one project's card and its members' display names, members and the admin only (status matrix)",
  'GET /api/research/projects/:id/informants':
    'pseudonyms only; registry links only with registry_link consent and personal-data access; members only (status matrix, projects.routes.test.ts)',
  'GET /api/research/projects/:id/documents':
    'titles and metadata of the project’s documents, members only (status matrix)',
  'GET /api/research/documents/:id':
    'one transcript, members only; erased after withdrawal (status matrix, projects.routes.test.ts)',
  'GET /api/research/projects/:id/codes': RESEARCH_CODING,
  'GET /api/research/projects/:id/codebook-versions': RESEARCH_CODING,
  'GET /api/research/projects/:id/rounds': RESEARCH_CODING,
  'GET /api/research/rounds/:id': RESEARCH_CODING,
  'GET /api/research/rounds/:id/agreement': RESEARCH_CODING,
  'GET /api/research/documents/:id/coding': RESEARCH_CODING,
  'GET /api/research/documents/:id/segments': RESEARCH_CODING,
  'GET /api/research/projects/:id/code-frequencies': RESEARCH_CODING,
  'GET /api/research/projects/:id/code-cooccurrence': RESEARCH_CODING,
  'GET /api/research/codes/:id/segments': RESEARCH_CODING,
  'GET /api/research/projects/:id/memos': RESEARCH_CODING,
  'GET /api/research/projects/:id/scales':
    "the project's instruments and its centres' firms as the network page names them to the reader (pseudonyms), members only (status matrix, scales.routes.test.ts)",
  'GET /api/research/projects/:id/scales/results':
    'α per scale and wave, and scores beside positions from the ties the reader may see, firms pseudonymised as on the network page; members only (status matrix, scales.routes.test.ts)',
  'GET /api/research/projects/:id/evidence':
    "one project's segments, members only (status matrix); the firms and ties come from centerNetworkFor, pseudonyms included (tie-evidence.routes.test.ts)",
  'GET /api/research/centers/:id/evidence':
    "the ties of centerNetworkFor (the reader's ties and pseudonyms); the pieces only from projects the reader is a member of, words only with quotation consent (tie-evidence.routes.test.ts)",
  'GET /api/research/projects/:id/reidentification':
    "one project's warnings, members only (status matrix); pseudonyms only, never the identifier found; withdrawn informants and blind rounds' segments left out (privacy.routes.test.ts)",
  'GET /api/research/projects/:id/code-by-center':
    "one project's counts, members only (status matrix); indicators from analysesFor and centerEvidenceFor as the reader may see them (privacy.routes.test.ts)",
  'GET /api/research/projects/:id/member-candidates':
    'researcher and admin accounts not yet members, names and e-mails, for the lead or the admin only (status matrix, member-candidates.routes.test.ts)',
  'GET /api/research/projects/:id/qdpx':
    "the consent-cleared, pseudonymised package, coders and leads only; identities only for a lead with personal-data access (status matrix, qdpx.routes.test.ts checks a withdrawn informant's excerpt is absent)",
  'GET /api/research/projects/:id/qdc':
    "the project's codebook (code names and definitions, no person's data), members only (status matrix)",
  'GET /api/research/documents/:id/attachments':
    "file names, types and sizes of one document's recordings, members only (status matrix, attachments.routes.test.ts)",
  'GET /api/research/attachments/:id':
    'one recording, members only; deleted when an informant of its interview withdraws (status matrix, attachments.routes.test.ts)',
};

/**
 * Who may find each planted value of the `in` side in any response, in `READERS` order: the national
 * roles and a researcher granted personal data always; the scoped readers where the record is theirs.
 * Every value of the `out` side is for the national roles and the granted researcher only.
 */
const IN_AUDIENCE: Record<keyof Secrets, string> = {
  firmName: 'YYYYYNNNY',
  ownerName: 'YYYYYNNNY',
  address: 'YYYYYNNNY',
  phone: 'YYYYYNNNY',
  nib: 'YYYYYNNNY',
  externalId: 'YYYYYNNNY',
  personName: 'YYYYYNNNY',
  personPhone: 'YYYYYNNNY',
  personEmail: 'YYYYYNNNY',
  personNotes: 'YYYYYNNNY',
  tieNotes: 'YYYYYNNNY',
  // The partner firm is not the enterprise user's own; the conflict's notes may name its informant.
  partnerOwnerName: 'YYYYNNNNY',
  conflictNotes: 'YYYYNNNNY',
};
const OUT_AUDIENCE = 'YYNNNNNNY';

let world: RichWorld;
const headers = new Map<Reader, Record<string, string>>();

beforeAll(async () => {
  world = await buildWorld(ctx);
  for (const reader of READERS) headers.set(reader, await headersOf(ctx, reader, world));
}, 120_000);

function as(reader: Reader, request: InjectOptions) {
  return ctx.app.inject({
    ...request,
    headers: { ...(request.headers ?? {}), ...headers.get(reader) },
  });
}

const REFUSED: Record<string, number> = { F: 403, U: 401 };

describe('the matrix reaches every read route', () => {
  it('has a list check, a field check or a stated reason for every GET route', () => {
    const covered = new Set([...LIST_CHECKS, ...FIELD_CHECKS].map((check) => check.route));
    const reads = Object.keys(MATRIX).filter((route) => route.startsWith('GET '));
    expect(reads.filter((route) => !covered.has(route) && !(route in NO_CONTENT_RULE))).toEqual([]);
    const stale = [...covered, ...Object.keys(NO_CONTENT_RULE)].filter((route) => !(route in MATRIX));
    expect(stale).toEqual([]);
  });
});

describe('list contents', () => {
  it('lists for every reader the records of their scope, and none outside it', {
    timeout: 120_000,
  }, async () => {
    const problems: string[] = [];
    for (const check of LIST_CHECKS) {
      const url = check.url(world);
      for (const reader of READERS) {
        const response = await as(reader, { method: 'GET', url });
        const wants = check.items.map((item) => ruleFor(item.sees, reader));
        const refusal = wants.find((want) => want in REFUSED);
        if (refusal) {
          if (response.statusCode !== REFUSED[refusal]) {
            problems.push(`${url} ${reader}: want ${REFUSED[refusal]}, got ${response.statusCode}`);
          }
          continue;
        }
        if (response.statusCode !== 200) {
          problems.push(`${url} ${reader}: ${response.statusCode} ${response.body.slice(0, 160)}`);
          continue;
        }
        const listed = check.listed(response.body);
        for (const [index, item] of check.items.entries()) {
          const present = listed.includes(item.id(world));
          if (present !== (wants[index] === 'Y')) {
            problems.push(`${url} ${reader}: ${item.what} ${present ? 'listed, must not be' : 'missing'}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("lists a user's own API tokens, as the admin sees them, and no one else's", async () => {
    const problems: string[] = [];
    for (const reader of READERS.filter((r) => r !== 'anonymous')) {
      const own = await as(reader, { method: 'GET', url: '/api/tokens' });
      const me = await as(reader, { method: 'GET', url: '/api/auth/me' });
      const truth = await ctx.app.inject({ method: 'GET', url: `/api/users/${me.json().user.id}/tokens` });
      const ids = (tokens: { id: string }[]) => tokens.map((t) => t.id).sort();
      const got = ids(own.json());
      if (got.length === 0 || JSON.stringify(got) !== JSON.stringify(ids(truth.json()))) {
        problems.push(`${reader}: ${JSON.stringify(got)} vs ${truth.body.slice(0, 200)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('personal-data fields', () => {
  it('shows each field real, pseudonymised or not at all, as docs/SECURITY.md says', {
    timeout: 120_000,
  }, async () => {
    const problems: string[] = [];
    // One pseudonym per real value across every route, as a researcher must be able to follow a record.
    const pseudonyms = new Map<string, string>();
    for (const check of FIELD_CHECKS) {
      const url = check.url(world);
      const label = `${url} ${check.path}`;
      const admin = readField((await as('admin', { method: 'GET', url })).body, check.path, world.in);
      const real = admin.kind === 'text' ? admin.secret : admin.value;
      if (
        real === null ||
        real === undefined ||
        (admin.kind === 'text' && !admin.text.includes(admin.secret))
      ) {
        problems.push(`${label}: the admin does not get the real value, so the check proves nothing`);
        continue;
      }
      for (const reader of READERS.filter((r) => r !== 'admin')) {
        const want = ruleFor(check.sees, reader);
        const response = await as(reader, { method: 'GET', url });
        if (want in REFUSED) {
          if (response.statusCode !== REFUSED[want]) {
            problems.push(`${label} ${reader}: want ${REFUSED[want]}, got ${response.statusCode}`);
          }
          continue;
        }
        if (response.statusCode !== 200) {
          problems.push(`${label} ${reader}: ${response.statusCode} ${response.body.slice(0, 160)}`);
          continue;
        }
        const found = readField(response.body, check.path, world.in);
        const problem = fieldProblem(found, want, real, pseudonyms);
        if (problem) problems.push(`${label} ${reader}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lets no response carry personal data to a reader who may not see it', {
    timeout: 120_000,
  }, async () => {
    const requests = new Map<string, InjectOptions>();
    for (const [route, rule] of Object.entries(MATRIX)) {
      if (!route.startsWith('GET ')) continue;
      for (const scope of ['in', 'out'] as const) {
        const request = await rule.request(ctx, world[scope], world, { headers: headers.get('admin')! });
        requests.set(`${route} [${scope}] ${request.url}`, request);
      }
    }
    for (const check of [...LIST_CHECKS, ...FIELD_CHECKS]) {
      requests.set(`${check.route} ${check.url(world)}`, { method: 'GET', url: check.url(world) });
    }
    const problems: string[] = [];
    for (const [label, request] of requests) {
      for (const reader of READERS) {
        const response = await as(reader, request);
        if (String(response.headers['content-type']).includes('spreadsheetml')) continue; // zipped
        for (const leak of leaks(response.body, reader)) problems.push(`${label} ${reader}: ${leak}`);
      }
    }
    expect(problems).toEqual([]);
    expect(requests.size).toBeGreaterThan(60);
  });
});

/** What is wrong with a field as `found` against the rule `want` ('' when nothing). */
function fieldProblem(
  found: ReturnType<typeof readField>,
  want: string,
  real: unknown,
  pseudonyms: Map<string, string>,
): string {
  if (found.kind === 'text') {
    const hasReal = found.text.includes(found.secret);
    if (want === 'R') return hasReal ? '' : 'real value missing from the file';
    if (hasReal) return 'real value in the file';
    if (want === 'P' && !PSEUDONYM_IN_TEXT.test(found.text)) return 'no pseudonym in the file';
    return '';
  }
  const value = found.value;
  switch (want) {
    case 'R':
      return value === real ? '' : `want the real value, got ${JSON.stringify(value)}`;
    case 'X':
      return value === null || value === undefined ? '' : `want nothing, got ${JSON.stringify(value)}`;
    case 'P': {
      if (typeof value !== 'string' || !PSEUDONYM.test(value))
        return `want a pseudonym, got ${JSON.stringify(value)}`;
      const key = JSON.stringify(real);
      const seen = pseudonyms.get(key) ?? value;
      pseudonyms.set(key, seen);
      return seen === value
        ? ''
        : `pseudonym ${value} differs from ${seen} given elsewhere for the same record`;
    }
    default:
      return `unknown rule ${want}`;
  }
}

/** The planted values in `body` that `reader` may not see. */
function leaks(body: string, reader: Reader): string[] {
  const found: string[] = [];
  const check = (side: RichSide, audience: (key: keyof Secrets) => string) => {
    for (const [key, value] of Object.entries(side.secrets) as [keyof Secrets, string][]) {
      if (ruleFor(audience(key), reader) === 'N' && body.includes(value)) found.push(`${key} "${value}"`);
    }
  };
  check(world.in, (key) => IN_AUDIENCE[key]);
  check(world.out, () => OUT_AUDIENCE);
  return found;
}
