import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import type { UserActor } from '../../auth/actor.ts';
import { createUser } from '../../auth/users.service.ts';
import {
  CodePointIndex,
  codePointLength,
  projectQdeString,
  readRefiQda,
} from '../../formats/refi-qda/index.ts';
import { withLang } from '../../shared/lang.ts';
import { assertMayExportProject, assertProjectRole } from '../research.policy.ts';
import { exportCodebookQdc, exportProjectQdpx, projectForExport, readExchangeFile } from './qdpx.service.ts';
import { importCodebook, importProject } from './qdpx-import.repo.ts';

const ctx = useTestApp();
const KEY = { pseudonymKey: 'kunci-uji' };
const SCHEMA = path.resolve(import.meta.dirname, '../../../vendor/refi-qda/Project.xsd');
const xmllint = spawnSync('xmllint', ['--version']);
const skipReason = xmllint.error
  ? `xmllint is not available (install libxml2-utils): ${xmllint.error.message}`
  : null;
const required = process.env.SIMPUL_REQUIRE_REFERENCE_TOOLS === '1';
if (skipReason && !required)
  console.warn(`Skipping the xmllint check of the exported research project: ${skipReason}`);

const TEXT_OK = 'Pak Ahmad: Kami 🤝 bermitra dengan koperasi sejak 2019.\nHarga kulit naik terus.';
const TEXT_WITHDRAWN = 'Bu Rina: Saya tidak ingin dikutip. Rahasia pemasok.';

let lead: UserActor;
let stranger: UserActor;
let projectId: string;
let okSegment: string;

const actorOf = (user: { id: string; email: string }, role: UserActor['role'] = 'researcher'): UserActor => ({
  kind: 'user',
  userId: user.id,
  email: user.email,
  role,
  scopes: { regions: [], centers: [], enterprises: [], projects: [] },
  personalDataAccess: false,
  via: 'cli',
  readOnly: false,
});

async function toBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  const db = ctx.db;
  const make = async (name: string) =>
    createUser(db, {
      email: `${name}@qdpx.example`,
      displayName: name,
      role: 'researcher',
      scopes: { regions: [], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
  const leadUser = await make('lead-qdpx');
  const coderUser = await make('coder-qdpx');
  lead = actorOf(leadUser);
  stranger = actorOf(await make('stranger-qdpx'));
  const project = await db
    .insertInto('research_projects')
    .values({ name: 'Sentra Kulit: studi', created_by: leadUser.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  projectId = project.id;
  await db
    .insertInto('research_project_members')
    .values([
      { project_id: projectId, user_id: leadUser.id, role: 'lead' },
      { project_id: projectId, user_id: coderUser.id, role: 'coder' },
    ])
    .execute();
  const theme = await db
    .insertInto('research_codes')
    .values({
      project_id: projectId,
      name: 'Kemitraan mikro',
      is_codable: false,
      color: '#112233',
      definition: 'Tema 2',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const code = await db
    .insertInto('research_codes')
    .values({
      project_id: projectId,
      parent_id: theme.id,
      name: 'Kerja sama koperasi',
      definition: 'Bermitra',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const informant = async (pseudonym: string, sharing: 'current' | 'withdrawn' | 'none') => {
    const row = await db
      .insertInto('research_informants')
      .values({ project_id: projectId, pseudonym, role: 'pemilik' })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (sharing !== 'none') {
      await db
        .insertInto('research_consents')
        .values({
          informant_id: row.id,
          scope: 'sharing',
          granted_on: '2026-01-01',
          withdrawn_on: sharing === 'withdrawn' ? '2026-02-01' : null,
        })
        .execute();
    }
    return row.id;
  };
  const ok = await informant('P-01', 'current');
  const gone = await informant('P-02', 'withdrawn');
  await informant('P-03', 'none');
  const document = async (title: string, body: string, informantId: string) => {
    const row = await db
      .insertInto('research_documents')
      .values({
        project_id: projectId,
        kind: 'interview',
        title,
        body_code_points: codePointLength(body),
        body_sha256: 'x',
        source_format: 'text',
        created_by: leadUser.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('research_document_texts').values({ document_id: row.id, body }).execute();
    await db
      .insertInto('research_document_informants')
      .values({ document_id: row.id, informant_id: informantId })
      .execute();
    return row.id;
  };
  const docOk = await document('Wawancara P-01', TEXT_OK, ok);
  const docGone = await document('Wawancara P-02', TEXT_WITHDRAWN, gone);
  const at = TEXT_OK.indexOf('🤝 bermitra');
  const start = codePointLength(TEXT_OK.slice(0, at));
  const segment = async (documentId: string, coder: string, s: number, e: number, informantId: string) => {
    const row = await db
      .insertInto('research_segments')
      .values({ document_id: documentId, coder_id: coder, start_cp: s, end_cp: e, informant_id: informantId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('research_codings').values({ segment_id: row.id, code_id: code.id }).execute();
    return row.id;
  };
  okSegment = await segment(docOk, leadUser.id, start, start + codePointLength('🤝 bermitra'), ok);
  await segment(docOk, coderUser.id, start + 2, start + 11, ok);
  await segment(docGone, coderUser.id, 0, 10, gone);
  await db
    .insertInto('research_memos')
    .values([
      {
        project_id: projectId,
        target_kind: 'segment',
        target_id: okSegment,
        author_id: leadUser.id,
        body: 'Mitra utama',
      },
      {
        project_id: projectId,
        target_kind: 'project',
        target_id: null,
        author_id: leadUser.id,
        body: 'Catatan proyek',
      },
      {
        project_id: projectId,
        target_kind: 'informant',
        target_id: ok,
        author_id: leadUser.id,
        body: 'Ramah',
      },
    ])
    .execute();
});

describe('QDPX export of a research project', () => {
  it('carries only consent-cleared informants, their documents and segments, pseudonymised', async () => {
    const { project, report } = await projectForExport(ctx.db, projectId, KEY);
    expect(project.cases.map((c) => c.name)).toEqual(['P-01']);
    expect(project.sources.map((s) => s.name)).toEqual(['Wawancara P-01']);
    expect(JSON.stringify(project)).not.toContain('Rahasia pemasok');
    expect(project.users.map((u) => u.name)).toEqual(['Pengode 1', 'Pengode 2']);
    expect(JSON.stringify(project)).not.toContain('qdpx.example');
    expect(report.count('not-sharing')).toBe(2);
    expect(report.count('document-withheld')).toBe(1);
    expect(report.count('memo-not-carried')).toBe(1);
    const source = project.sources[0];
    expect(
      new CodePointIndex(source?.text ?? '').slice(
        source?.selections[0]?.start ?? 0,
        source?.selections[0]?.end ?? 0,
      ),
    ).toBe('🤝 bermitra');
  });

  it('streams a package that reads back with the same codes, segments and memos', async () => {
    const { stream, withheld, fileName } = await exportProjectQdpx(ctx.db, projectId, KEY);
    expect(fileName).toBe('Sentra-Kulit-studi.qdpx');
    const read = await readRefiQda(await toBuffer(stream));
    if (read.kind !== 'project') throw new Error('not a project');
    expect(read.report.entries).toEqual([]);
    expect(read.project.codes[0]?.name).toBe('Kemitraan mikro');
    expect(read.project.codes[0]?.children.map((c) => c.name)).toEqual(['Kerja sama koperasi']);
    expect(read.project.sources[0]?.selections).toHaveLength(2);
    expect(read.project.notes.map((n) => n.text).sort()).toEqual(['Catatan proyek', 'Mitra utama']);
    expect(withheld.count('segment-withheld')).toBe(0);
  });

  it.skipIf(skipReason !== null && !required)('validates against Project.xsd with xmllint', async () => {
    if (skipReason) throw new Error(`required by SIMPUL_REQUIRE_REFERENCE_TOOLS but ${skipReason}`);
    const folder = mkdtempSync(path.join(tmpdir(), 'simpul-research-qdpx-'));
    try {
      const file = path.join(folder, 'project.qde');
      writeFileSync(file, projectQdeString((await projectForExport(ctx.db, projectId, KEY)).project).xml);
      const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('writes the codebook as QDC', async () => {
    const { xml, fileName } = await exportCodebookQdc(ctx.db, projectId);
    expect(fileName).toBe('Sentra-Kulit-studi.qdc');
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    expect(xml).toContain('name="Kerja sama koperasi"');
  });
});

describe('QDPX import into a new project', () => {
  it('round-trips the export: codes, segments at the same code points, codings, memos, informants', async () => {
    const { stream } = await exportProjectQdpx(ctx.db, projectId, KEY);
    const read = await readExchangeFile(await toBuffer(stream), 'sentra.qdpx');
    const summary = await withLang('en', () => importProject(ctx.db, lead, read, 'sentra.qdpx', KEY));
    expect(summary.counts).toEqual({
      codes: 2,
      documents: 1,
      segments: 2,
      codings: 2,
      memos: 2,
      informants: 1,
      evidence: 0,
    });
    const messages = summary.losses.map((l) => l.message).join('\n');
    expect(messages).toMatch(/2 coders; every segment was imported under your name/);
    expect(messages).toMatch(/without consent records/);
    expect(summary.losses.find((l) => l.kind === 'no-consent')).toMatchObject({ element: 'Case', count: 1 });
    const segments = await ctx.db
      .selectFrom('research_segments as s')
      .innerJoin('research_documents as d', 'd.id', 's.document_id')
      .select(['s.start_cp', 's.end_cp', 's.informant_id'])
      .where('d.project_id', '=', summary.projectId)
      .orderBy('s.start_cp')
      .execute();
    const start = codePointLength(TEXT_OK.slice(0, TEXT_OK.indexOf('🤝')));
    expect(segments.map((s) => [s.start_cp, s.end_cp])).toEqual([
      [start, start + codePointLength('🤝 bermitra')],
      [start + 2, start + 11],
    ]);
    expect(segments.every((s) => s.informant_id !== null)).toBe(true);
    const member = await ctx.db
      .selectFrom('research_project_members')
      .select('role')
      .where('project_id', '=', summary.projectId)
      .executeTakeFirstOrThrow();
    expect(member.role).toBe('lead');
    const event = await ctx.db
      .selectFrom('research_events')
      .select('kind')
      .where('project_id', '=', summary.projectId)
      .executeTakeFirstOrThrow();
    expect(event.kind).toBe('qdpx_import');
  });

  it('writes nothing for a bad file, and refuses a codebook given as a project', async () => {
    const before = await ctx.db
      .selectFrom('research_projects')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      withLang('en', () => readExchangeFile(Buffer.from('not a package'), 'x.qdpx')),
    ).rejects.toThrow(/neither a QDPX/);
    const qdc = await readExchangeFile(
      Buffer.from((await exportCodebookQdc(ctx.db, projectId)).xml),
      'c.qdc',
    );
    await expect(withLang('en', () => importProject(ctx.db, lead, qdc, 'c.qdc', KEY))).rejects.toThrow(
      /codebook/,
    );
    const after = await ctx.db
      .selectFrom('research_projects')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('adds a QDC’s codes to a project’s codebook once', async () => {
    const qdc = Buffer.from(
      '<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="11111111-2222-4333-8444-555555555555" name="Kemitraan mikro" isCodable="false"><Code guid="11111111-2222-4333-8444-555555555556" name="Maklun" isCodable="true"/></Code></Codes></CodeBook>',
    );
    const first = await importCodebook(
      ctx.db,
      lead,
      projectId,
      await readExchangeFile(qdc, 'c.qdc'),
      'c.qdc',
    );
    expect(first.counts.codes).toBe(1);
    const second = await importCodebook(
      ctx.db,
      lead,
      projectId,
      await readExchangeFile(qdc, 'c.qdc'),
      'c.qdc',
    );
    expect(second.counts.codes).toBe(0);
    const names = await ctx.db
      .selectFrom('research_codes')
      .select('name')
      .where('project_id', '=', projectId)
      .orderBy('name')
      .execute();
    expect(names.map((n) => n.name)).toEqual(['Kemitraan mikro', 'Kerja sama koperasi', 'Maklun']);
  });
});

describe('project access for the exchange', () => {
  it('lets a coder or lead export, identities only to a lead who sees personal data; 404 for an unknown project', async () => {
    await expect(assertMayExportProject(ctx.db, lead, projectId, false)).resolves.toBeUndefined();
    await expect(assertProjectRole(ctx.db, lead, projectId, 'lead')).resolves.toBeUndefined();
    await expect(assertMayExportProject(ctx.db, lead, projectId, true)).rejects.toMatchObject({
      status: 403,
    });
    await expect(assertMayExportProject(ctx.db, stranger, projectId, false)).rejects.toMatchObject({
      status: 403,
    });
    await expect(
      exportProjectQdpx(ctx.db, '00000000-0000-4000-8000-000000000000', KEY),
    ).rejects.toMatchObject({ status: 404 });
  });
});
