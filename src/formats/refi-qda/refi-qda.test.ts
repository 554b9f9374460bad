import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { withLang } from '../../shared/lang.ts';
import {
  CodePointIndex,
  codebookQdcString,
  codePointLength,
  defaultGuid,
  type GuidKind,
  projectQdeString,
  type QdaCode,
  type QdaProject,
  qdpxStream,
  readRefiQda,
  readRefiQdaFile,
  uuidV5,
} from './index.ts';

const SCHEMAS = path.resolve(import.meta.dirname, '../../../vendor/refi-qda');
const FIXTURES = path.resolve(import.meta.dirname, '../../../test/fixtures/refi-qda');

// Debian's xmllint (libxml2-utils) validates every written file against the official XSDs.
const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
const schemaProbe = spawnSync('test', ['-f', path.join(SCHEMAS, 'Project.xsd')]);
const skipReason = probe.error
  ? `xmllint is not available (install libxml2-utils): ${probe.error.message}`
  : schemaProbe.status !== 0
    ? `the REFI-QDA schemas are not at ${SCHEMAS}`
    : null;
// CI installs the reference tools and sets this, so there the test can never be skipped silently.
const required = process.env.SIMPUL_REQUIRE_REFERENCE_TOOLS === '1';
if (skipReason && !required)
  console.warn(`Skipping the xmllint validation of REFI-QDA exports: ${skipReason}`);

const AT = new Date('2026-11-02T03:04:05Z');

/** Bahasa text with an emoji and its skin tone (two code points, four UTF-16 units) and combining marks. */
const TEXT_A =
  'Pak Budi: Kami beli kulit dari pemasok 👍🏽 di Garut.\nKoperasi membantu pemasaran, tapi cafe\u0301 lokal menolak.\nBu Sri: Harga naik—kami ruginya besar.';
const TEXT_B = 'Wawancara kedua.\nKetua paguyuban berkata: “Kita harus bersatu 🤝.”\nAkhir.';

const span = (text: string, needle: string): { start: number; end: number } => {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`missing ${needle}`);
  return {
    start: codePointLength(text.slice(0, at)),
    end: codePointLength(text.slice(0, at)) + codePointLength(needle),
  };
};

function sampleProject(): QdaProject {
  return {
    name: 'Studi sentra: "Kulit" & <Anyaman>',
    description: 'Proyek contoh',
    createdAt: AT,
    modifiedAt: AT,
    creatingUserId: 'u1',
    users: [
      { id: 'u1', name: 'Peneliti 1' },
      { id: 'u2', name: 'Peneliti 2' },
    ],
    codes: [
      {
        id: 'theme-1',
        name: 'Kelembagaan dan tantangannya',
        codable: false,
        color: '#336699',
        description: 'Tema 1: definisi & contoh <inklusi>',
        noteIds: ['n-code'],
        children: [
          { id: 'c-koperasi', name: 'Koperasi', codable: true, color: '#aa0000', children: [] },
          {
            id: 'c-pasar',
            name: 'Pemasaran',
            codable: true,
            children: [
              { id: 'c-harga', name: 'Harga', codable: true, description: 'Naik turun harga', children: [] },
            ],
          },
        ],
      },
      { id: 'c-kemitraan', name: 'Kemitraan mikro', codable: true, children: [] },
    ],
    variables: [
      { id: 'v-role', name: 'Peran', type: 'Text', description: 'Peran informan' },
      { id: 'v-size', name: 'Jumlah pekerja', type: 'Integer' },
      { id: 'v-member', name: 'Anggota koperasi', type: 'Boolean' },
      { id: 'v-since', name: 'Berdiri', type: 'Date' },
    ],
    cases: [
      {
        id: 'case-1',
        name: 'Informan P-01',
        description: 'Pemilik usaha',
        values: [
          { variableId: 'v-role', value: 'pemilik' },
          { variableId: 'v-size', value: '12' },
          { variableId: 'v-member', value: 'true' },
          { variableId: 'v-since', value: '2001-05-17' },
        ],
        sourceIds: ['s-a'],
        selectionIds: ['sel-1', 'sel-3'],
      },
    ],
    sources: [
      {
        id: 's-a',
        name: 'Wawancara P-01.txt',
        text: TEXT_A,
        description: 'Transkrip',
        userId: 'u1',
        createdAt: AT,
        selections: [
          {
            id: 'sel-1',
            ...span(TEXT_A, 'pemasok 👍🏽 di Garut'),
            userId: 'u1',
            createdAt: AT,
            codings: [
              { id: 'cod-1', codeId: 'c-kemitraan', userId: 'u1', createdAt: AT },
              { id: 'cod-2', codeId: 'c-koperasi', userId: 'u2', createdAt: AT, noteIds: ['n-coding'] },
            ],
            noteIds: ['n-seg'],
          },
          {
            id: 'sel-2',
            ...span(TEXT_A, 'cafe\u0301 lokal menolak.\nBu Sri'),
            codings: [{ id: 'cod-3', codeId: 'c-pasar', userId: 'u2' }],
          },
          {
            id: 'sel-3',
            ...span(TEXT_A, 'ruginya'),
            codings: [{ id: 'cod-4', codeId: 'c-harga', userId: 'u1' }],
          },
        ],
        codings: [{ id: 'cod-doc', codeId: 'c-kemitraan', userId: 'u1' }],
        noteIds: ['n-doc'],
        values: [{ variableId: 'v-role', value: 'transkrip' }],
      },
      {
        id: 's-b',
        name: 'Wawancara P-02',
        text: TEXT_B,
        selections: [
          { id: 'sel-4', ...span(TEXT_B, '🤝'), codings: [{ id: 'cod-5', codeId: 'c-kemitraan' }] },
        ],
        codings: [],
        values: [],
      },
    ],
    notes: [
      { id: 'n-code', name: 'Memo kode', text: 'Tema ini\nmencakup dua hal.', userId: 'u1', createdAt: AT },
      { id: 'n-seg', name: 'Memo segmen', text: 'Pemasok utama 👍🏽', userId: 'u2' },
      { id: 'n-coding', text: 'Ragu: koperasi atau bukan?' },
      { id: 'n-doc', text: 'Wawancara di bengkel.' },
      { id: 'n-project', text: 'Catatan proyek.' },
      { id: 'n-link', text: 'Dari dua informan.' },
    ],
    links: [
      {
        id: 'l-1',
        name: 'bermitra',
        direction: 'Bidirectional',
        originId: 'case-1',
        targetId: 's-b',
        noteIds: ['n-link'],
      },
    ],
    sets: [
      {
        id: 'set-1',
        name: 'Kode kunci',
        description: 'Untuk laporan',
        codeIds: ['c-koperasi', 'c-harga'],
        sourceIds: ['s-a'],
        noteIds: ['n-doc'],
      },
    ],
    noteIds: ['n-project'],
  };
}

/** The project as it reads back: ids become their exported GUIDs, the origin becomes Simpul's. */
function asExported(
  project: QdaProject,
  guid: (kind: GuidKind, id: string) => string = defaultGuid,
): QdaProject {
  const g = (kind: GuidKind) => (id: string) => guid(kind, id);
  const code = (c: QdaCode): QdaCode => ({
    ...c,
    id: g('code')(c.id),
    ...(c.noteIds ? { noteIds: c.noteIds.map(g('note')) } : {}),
    children: c.children.map(code),
  });
  const out: QdaProject = {
    ...project,
    origin: 'Simpul',
    users: project.users.map((u) => ({ ...u, id: g('user')(u.id) })),
    codes: project.codes.map(code),
    variables: project.variables.map((v) => ({ ...v, id: g('variable')(v.id) })),
    cases: project.cases.map((c) => ({
      ...c,
      id: g('case')(c.id),
      values: c.values.map((v) => ({ ...v, variableId: g('variable')(v.variableId) })),
      sourceIds: c.sourceIds.map(g('source')),
      selectionIds: c.selectionIds.map(g('selection')),
    })),
    sources: project.sources.map((s) => ({
      ...s,
      id: g('source')(s.id),
      ...(s.userId ? { userId: g('user')(s.userId) } : {}),
      ...(s.noteIds ? { noteIds: s.noteIds.map(g('note')) } : {}),
      values: s.values.map((v) => ({ ...v, variableId: g('variable')(v.variableId) })),
      codings: s.codings.map((c) => ({
        ...c,
        id: g('coding')(c.id),
        codeId: g('code')(c.codeId),
        ...(c.userId ? { userId: g('user')(c.userId) } : {}),
      })),
      selections: s.selections.map((sel) => ({
        ...sel,
        id: g('selection')(sel.id),
        ...(sel.userId ? { userId: g('user')(sel.userId) } : {}),
        ...(sel.noteIds ? { noteIds: sel.noteIds.map(g('note')) } : {}),
        codings: sel.codings.map((c) => ({
          ...c,
          id: g('coding')(c.id),
          codeId: g('code')(c.codeId),
          ...(c.userId ? { userId: g('user')(c.userId) } : {}),
          ...(c.noteIds ? { noteIds: c.noteIds.map(g('note')) } : {}),
        })),
      })),
    })),
    notes: project.notes.map((n) => ({
      ...n,
      id: g('note')(n.id),
      ...(n.userId ? { userId: g('user')(n.userId) } : {}),
    })),
    links: project.links.map((l) => ({
      ...l,
      id: g('link')(l.id),
      ...(l.originId ? { originId: g('case')(l.originId) } : {}),
      ...(l.targetId ? { targetId: g('source')(l.targetId) } : {}),
      ...(l.noteIds ? { noteIds: l.noteIds.map(g('note')) } : {}),
    })),
    sets: project.sets.map((s) => ({
      ...s,
      id: g('set')(s.id),
      codeIds: s.codeIds.map(g('code')),
      sourceIds: s.sourceIds.map(g('source')),
      noteIds: s.noteIds.map(g('note')),
    })),
  };
  if (project.creatingUserId) out.creatingUserId = g('user')(project.creatingUserId);
  if (project.noteIds) out.noteIds = project.noteIds.map(g('note'));
  return out;
}

async function toBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A ZIP of `entries` (name → content). */
async function zipOf(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, body] of Object.entries(entries))
    zip.addBuffer(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), name);
  zip.end();
  return toBuffer(zip.outputStream as unknown as Readable);
}

describe('code points', () => {
  it('count an emoji with its skin tone as two code points and a combining mark as one', () => {
    expect(codePointLength('👍🏽')).toBe(2);
    expect('👍🏽'.length).toBe(4);
    expect(codePointLength('cafe\u0301')).toBe(5);
    const index = new CodePointIndex('a👍🏽b🤝c');
    expect(index.length).toBe(6);
    expect(index.slice(1, 3)).toBe('👍🏽');
    expect(index.slice(3, 5)).toBe('b🤝');
    expect(index.toUtf16(6)).toBe('a👍🏽b🤝c'.length);
  });

  it('gives RFC 4122 version-5 UUIDs (the RFC’s DNS example)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
    expect(defaultGuid('code', 'x')).toBe(defaultGuid('code', 'x'));
    expect(defaultGuid('code', 'x')).not.toBe(defaultGuid('case', 'x'));
  });
});

describe('QDPX round trip', () => {
  it('keeps codes, segments at exact code-point offsets, codings by two coders, memos, cases and sets', async () => {
    const project = sampleProject();
    const { stream, report } = qdpxStream(project);
    const bytes = await toBuffer(stream);
    expect(report.entries).toEqual([]);
    const read = await readRefiQda(bytes, 'sample.qdpx');
    expect(read.kind).toBe('project');
    if (read.kind !== 'project') return;
    expect(read.report.entries).toEqual([]);
    expect(read.project).toEqual(asExported(project));
    // The emoji segment is the same text, not shifted by UTF-16 units.
    const source = read.project.sources[0];
    const index = new CodePointIndex(source?.text ?? '');
    expect(index.slice(source?.selections[0]?.start ?? 0, source?.selections[0]?.end ?? 0)).toBe(
      'pemasok 👍🏽 di Garut',
    );
    expect(read.sources.map((s) => s.convention)).toEqual(['exclusive', 'exclusive']);
    expect(read.sources[0]?.matched).toBe(3);
  });

  it('writes the same bytes for the same project, with sources as BOM-free UTF-8 under sources/', async () => {
    const first = await toBuffer(qdpxStream(sampleProject()).stream);
    const second = await toBuffer(qdpxStream(sampleProject()).stream);
    expect(first.equals(second)).toBe(true);
    const sourceGuid = defaultGuid('source', 's-a');
    // A text that still carries a BOM is written without it, its positions moved with it.
    const withBom = sampleProject();
    const bomSource = withBom.sources[0] as QdaProject['sources'][number];
    bomSource.text = `\uFEFF${TEXT_A}`;
    bomSource.selections = bomSource.selections.map((s) => ({ ...s, start: s.start + 1, end: s.end + 1 }));
    const reread = await readRefiQda(await toBuffer(qdpxStream(withBom).stream));
    if (reread.kind !== 'project') throw new Error('not a project');
    expect(reread.sources[0]?.bomStripped).toBe(false);
    expect(reread.project.sources[0]).toEqual(asExported(sampleProject()).sources[0]);
    const { xml } = projectQdeString(sampleProject());
    expect(xml).toContain(`plainTextPath="internal://${sourceGuid}.txt"`);
    expect(xml).toContain('name="pemasok 👍🏽 di Garut"');
    // A selection spanning a line break keeps it as a character reference in @name.
    expect(xml).toContain('name="café lokal menolak.&#10;Bu Sri"'.normalize('NFD'));
    expect(xml).toContain('name="Studi sentra: &quot;Kulit&quot; &amp; &lt;Anyaman&gt;"');
    expect(xml).toMatch(/creationDateTime="2026-11-02T03:04:05Z"/);
    // Schema order, empty containers left out.
    const order = [
      '<Users>',
      '<CodeBook>',
      '<Variables>',
      '<Cases>',
      '<Sources>',
      '<Notes>',
      '<Links>',
      '<Sets>',
      '<Description>',
    ].map((tag) => (tag === '<Description>' ? xml.lastIndexOf(tag) : xml.indexOf(tag)));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] as number)))).toBe(true);
    const bare = projectQdeString({ ...sampleProject(), links: [], sets: [], cases: [] }).xml;
    expect(bare).not.toContain('<Links');
    expect(bare).not.toContain('<Sets');
    expect(bare).not.toContain('<Cases');
  });

  it('writes inclusive ends when asked, and reading finds the convention from the selected text', async () => {
    const project = sampleProject();
    const { xml } = projectQdeString(project, { endConvention: 'inclusive' });
    const ruginya = span(TEXT_A, 'ruginya');
    expect(xml).toContain(`startPosition="${ruginya.start}" endPosition="${ruginya.end - 1}"`);
    const bytes = await toBuffer(qdpxStream(project, { endConvention: 'inclusive' }).stream);
    const read = await readRefiQda(bytes);
    if (read.kind !== 'project') throw new Error('not a project');
    expect(read.sources.map((s) => s.convention)).toEqual(['inclusive', 'inclusive']);
    expect(read.project.sources).toEqual(asExported(project).sources);
  });

  it('records what the schema cannot carry instead of writing an invalid file', () => {
    const project = sampleProject();
    project.codes[1] = { ...(project.codes[1] as QdaCode), color: 'red' };
    project.cases[0]?.values.push({ variableId: 'v-size', value: 'dua belas' });
    project.sources[1]?.selections.push({ id: 'sel-x', start: 5, end: 10_000, codings: [] });
    const { xml, report } = projectQdeString(project);
    expect(report.entries.map((e) => [e.kind, e.count])).toEqual([
      ['bad-color', 1],
      ['bad-value', 1],
      ['bad-selection', 1],
    ]);
    expect(xml).not.toContain('dua belas');
    expect(withLang('en', () => report.lines())).toContain(
      '1 code colour(s) are not #rrggbb and were not exported',
    );
  });

  it('writes and reads a QDC codebook, keeping the hierarchy and sets', async () => {
    const project = sampleProject();
    const { xml, report } = codebookQdcString({ codes: project.codes, sets: project.sets });
    expect(report.count('set-members-dropped')).toBe(2);
    const read = await readRefiQda(Buffer.from(xml), 'codebook.qdc');
    if (read.kind !== 'codebook') throw new Error('not a codebook');
    expect(read.report.entries).toEqual([]);
    const exported = asExported(project);
    expect(read.codebook.codes).toEqual(
      exported.codes.map(function strip(c: QdaCode): QdaCode {
        const { noteIds: _, ...rest } = c;
        return { ...rest, children: c.children.map(strip) };
      }),
    );
    expect(read.codebook.sets).toEqual([{ ...exported.sets[0], sourceIds: [], noteIds: [] }]);
    expect(() => withLang('en', () => codebookQdcString({ codes: [], sets: [] }))).toThrow(
      /needs at least one code/,
    );
  });
});

describe.skipIf(skipReason !== null && !required)(
  'xmllint validates every written file against the REFI-QDA XSDs',
  () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'simpul-refi-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    const validate = (xml: string, schema: string, name: string) => {
      const file = path.join(folder, name);
      writeFileSync(file, xml);
      const run = spawnSync('xmllint', ['--noout', '--schema', path.join(SCHEMAS, schema), file], {
        encoding: 'utf8',
      });
      return { status: run.status, output: `${run.stdout}${run.stderr}` };
    };

    it('project.qde (exclusive and inclusive ends, full and minimal projects) and the QDC', () => {
      if (skipReason) throw new Error(`required by SIMPUL_REQUIRE_REFERENCE_TOOLS but ${skipReason}`);
      const full = sampleProject();
      const cases: [string, string, string][] = [
        [projectQdeString(full).xml, 'Project.xsd', 'full.qde'],
        [projectQdeString(full, { endConvention: 'inclusive' }).xml, 'Project.xsd', 'inclusive.qde'],
        [
          projectQdeString({
            ...full,
            users: [],
            cases: [],
            links: [],
            sets: [],
            notes: [],
            variables: [],
            noteIds: [],
            description: '',
          }).xml,
          'Project.xsd',
          'lean.qde',
        ],
        [
          projectQdeString({
            name: 'kosong',
            users: [],
            codes: [],
            variables: [],
            cases: [],
            sources: [],
            notes: [],
            links: [],
            sets: [],
          }).xml,
          'Project.xsd',
          'empty.qde',
        ],
        [codebookQdcString({ codes: full.codes, sets: full.sets }).xml, 'Codebook.xsd', 'codebook.qdc'],
      ];
      for (const [xml, schema, name] of cases) {
        const result = validate(xml, schema, name);
        expect(result.output, name).toContain('validates');
        expect(result.status, `${name}: ${result.output}`).toBe(0);
      }
    });

    it('and would catch an invalid one (the check is not vacuous)', () => {
      if (skipReason) throw new Error(`required by SIMPUL_REQUIRE_REFERENCE_TOOLS but ${skipReason}`);
      const xml = projectQdeString(sampleProject()).xml.replace('<Users>', '<Links></Links><Users>');
      expect(validate(xml, 'Project.xsd', 'bad.qde').status).not.toBe(0);
    });
  },
);

describe('reading other programs’ files', () => {
  it('imports an ATLAS.ti 23 codebook', async () => {
    const read = await readRefiQdaFile(path.join(FIXTURES, 'atlasti-23.4-codebook.qdc'));
    if (read.kind !== 'codebook') throw new Error('not a codebook');
    expect(read.codebook.origin).toBe('ATLAS.ti Win 23.4.0');
    expect(read.codebook.codes).toEqual([
      {
        id: '1ff58b12-6f6f-4b0c-8be5-bbdc91f55294',
        name: 'code1',
        codable: true,
        color: '#46AA00',
        description: 'description',
        children: [],
      },
    ]);
    expect(read.codebook.sets).toEqual([
      {
        id: 'eca18d76-2b8b-4f26-bc1d-19eca19fb3f0',
        name: 'code group 1',
        description: 'kategorie 1',
        codeIds: ['1ff58b12-6f6f-4b0c-8be5-bbdc91f55294'],
        sourceIds: [],
        noteIds: [],
      },
    ]);
    expect(read.report.entries).toEqual([]);
  });

  it('imports Taguette’s codebook and notes its invalid empty <Sets/>', async () => {
    const read = await readRefiQdaFile(path.join(FIXTURES, 'taguette-1.4-codebook.qdc'));
    if (read.kind !== 'codebook') throw new Error('not a codebook');
    expect(read.codebook.codes.map((c) => c.name)).toEqual(['interesting', 'people', 'interesting.places']);
    expect(read.report.entries.map((e) => [e.kind, e.count, e.line])).toEqual([['empty-container', 1, 2]]);
    expect(withLang('id', () => read.report.lines())[0]).toContain('<Sets/>');
  });

  it('imports the requal test project with its deviations listed', async () => {
    const read = await readRefiQdaFile(path.join(FIXTURES, 'requal-test-project.qdpx'));
    if (read.kind !== 'project') throw new Error('not a project');
    const { project } = read;
    expect(project.codes.map((c) => [c.id, c.name, c.description])).toEqual([
      ['code-001-aaaa-bbbb-cccc-ddddeeeeffff', 'Theme A', 'First theme'],
      ['code-002-aaaa-bbbb-cccc-ddddeeeeffff', 'Theme B', 'Second theme'],
    ]);
    const source = project.sources[0];
    // The text came from doc1.txt at the package root (the file wins over PlainTextContent).
    expect(source?.text).toBe(
      'This is the content of the first document. It contains some text that will be coded.\n',
    );
    const index = new CodePointIndex(source?.text ?? '');
    expect(source?.selections.map((s) => index.slice(s.start, s.end))).toEqual([
      'This is the content of the firs',
      ' document. It contains ',
      'that will be coded',
    ]);
    expect(source?.selections[2]?.noteIds).toEqual(['note-001-aaaa-bbbb-cccc-ddddeeeeffff']);
    expect(project.notes.map((n) => n.text)).toEqual([
      'This is a test note.',
      'Another test note with more content.',
    ]);
    expect(project.sets[0]?.codeIds).toHaveLength(2);
    const kinds = read.report.entries.map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'element-order',
        'bad-guid',
        'unexpected-element:Sets',
        'empty-container',
        'both-content-and-path',
      ]),
    );
    const order = read.report.entries.find((e) => e.kind === 'element-order');
    expect(order?.line).toBe(10);
    expect(withLang('en', () => read.report.lines()).join('\n')).toMatch(
      /not in schema order \(e\.g\. <Users>\)/,
    );
  });

  it('refuses the same project in strict mode, naming the element and line', async () => {
    await expect(
      withLang('en', () =>
        readRefiQdaFile(path.join(FIXTURES, 'requal-test-project.qdpx'), { strict: true }),
      ),
    ).rejects.toThrow(/does not follow the REFI-QDA schema at line 10, element <Users>/);
  });
});

describe('vendor deviations (METHODS §7)', () => {
  const guid = (n: number) => `0000000${n}-aaaa-4bbb-8ccc-dddddddddddd`;
  const qde = (body: string, attrs = '') =>
    `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="P"${attrs}>\n${body}\n</Project>`;

  it('MAXQDA: CRLF counted as two characters, a source without its extension, audio as video', async () => {
    const text = 'Baris satu.\r\nBaris dua: kopi ☕ enak.\r\nBaris tiga.';
    const codes = `<CodeBook><Codes><Code guid="${guid(1)}" name="Kopi" isCodable="true"/></Codes></CodeBook>`;
    // Positions over the CRLF text (each CRLF two code points), inclusive ends.
    const raw = new CodePointIndex(text);
    const at = codePointLength(text.slice(0, text.indexOf('kopi ☕')));
    const selections = [
      [at, at + 6 - 1, 'kopi ☕'],
      [
        codePointLength(text.slice(0, text.indexOf('Baris tiga'))),
        codePointLength(text.slice(0, text.indexOf('Baris tiga'))) + 9,
        'Baris tiga',
      ],
    ]
      .map(
        ([s, e, name], i) =>
          `<PlainTextSelection guid="${guid(5 + i)}" name="${name}" startPosition="${s}" endPosition="${e}"><Coding guid="${guid(7 + i)}"><CodeRef targetGUID="${guid(1)}"/></Coding></PlainTextSelection>`,
      )
      .join('');
    expect(raw.slice(at, at + 6)).toBe('kopi ☕');
    const body = `${codes}<Sources><TextSource guid="${guid(2)}" name="Int 1" plainTextPath="internal://${guid(2)}.txt">${selections}</TextSource><VideoSource guid="${guid(3)}" path="internal://${guid(3)}"><VideoSelection guid="${guid(4)}" begin="0" end="0"/></VideoSource></Sources>`;
    const bytes = await zipOf({
      'project.qde': qde(body, ' origin="MAXQDA 2022"'),
      [`sources/${guid(2).toUpperCase()}`]: text,
    });
    const read = await readRefiQda(bytes);
    if (read.kind !== 'project') throw new Error('not a project');
    const source = read.project.sources[0];
    expect(source?.text).toBe(text.replace(/\r\n/g, '\n'));
    const index = new CodePointIndex(source?.text ?? '');
    expect(source?.selections.map((s) => index.slice(s.start, s.end))).toEqual(['kopi ☕', 'Baris tiga']);
    expect(read.sources[0]).toMatchObject({ convention: 'inclusive-crlf', checked: 2, matched: 2, crlf: 2 });
    expect(read.report.count('video-source')).toBe(1);
    expect(read.report.count('media-selections')).toBe(1);
    expect(read.report.count('crlf')).toBe(1);
  });

  it('ATLAS.ti: a .qde named after the project, Sources/ in capitals, a BOM, an absolute basePath', async () => {
    const text = 'Ini transkrip 🙂 pendek.';
    const body = `<CodeBook><Codes><Code guid="${guid(1)}" name="Rasa" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${guid(2)}" name="T" plainTextPath="internal://${guid(2)}.txt"><PlainTextSelection guid="${guid(3)}" name="🙂 pendek" startPosition="14" endPosition="22"><Coding guid="${guid(4)}"><CodeRef targetGUID="${guid(1)}"/></Coding></PlainTextSelection></TextSource></Sources>`;
    const bytes = await zipOf({
      'Proyek Saya.qde': qde(body, ' origin="ATLAS.ti 26" basePath="C:\\Users\\Siti\\Documents"'),
      [`Sources/${guid(2)}.TXT`]: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    });
    const read = await readRefiQda(bytes);
    if (read.kind !== 'project') throw new Error('not a project');
    const source = read.project.sources[0];
    expect(source?.text).toBe(text);
    expect(
      new CodePointIndex(text).slice(source?.selections[0]?.start ?? 0, source?.selections[0]?.end ?? 0),
    ).toBe('🙂 pendek');
    expect(read.sources[0]?.bomStripped).toBe(true);
    expect(read.report.has('bom')).toBe(true);
    expect(read.report.has('atlas-memos')).toBe(true);
    const base = read.report.entries.find((e) => e.kind === 'absolute-base-path');
    expect(base?.params?.path).toBe('C:\\Users\\Siti\\Documents');
  });

  it('Taguette-style UTF-8 byte offsets are recognised from the selected text', async () => {
    const text = 'Usaha 👞 sepatu dan tas kulit di Cibaduyut.';
    const bytesOf = (s: string) => Buffer.byteLength(s, 'utf8');
    const sel = (needle: string, n: number) => {
      const at = text.indexOf(needle);
      return `<PlainTextSelection guid="${guid(n)}" name="${needle}" startPosition="${bytesOf(text.slice(0, at))}" endPosition="${bytesOf(text.slice(0, at + needle.length))}"><Coding guid="${guid(n + 1)}"><CodeRef targetGUID="${guid(1)}"/></Coding></PlainTextSelection>`;
    };
    const body = `<CodeBook><Codes><Code guid="${guid(1)}" name="Produk" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${guid(2)}" name="T"><PlainTextContent>${text}</PlainTextContent>${sel('sepatu dan tas', 3)}${sel('Cibaduyut', 5)}</TextSource></Sources>`;
    const read = await readRefiQda(Buffer.from(qde(body, ' origin="Taguette 1.4"')), 'taguette.qde');
    if (read.kind !== 'project') throw new Error('not a project');
    const source = read.project.sources[0];
    const index = new CodePointIndex(source?.text ?? '');
    expect(source?.selections.map((s) => index.slice(s.start, s.end))).toEqual([
      'sepatu dan tas',
      'Cibaduyut',
    ]);
    expect(read.sources[0]?.convention).toBe('exclusive-utf8-bytes');
  });

  it('NVivo: a code with a case’s GUID is that case; prefixed variable names lose the prefix', async () => {
    const text = 'Kami bekerja sama dengan pengrajin lain.';
    const body = `<CodeBook><Codes><Code guid="${guid(1)}" name="Kerja sama" isCodable="true"/><Code guid="${guid(9)}" name="Informan A" isCodable="true"/></Codes></CodeBook><Variables><Variable guid="${guid(8)}" name="Cases:Age group" typeOfVariable="Text"/></Variables><Cases><Case guid="${guid(9)}" name="Informan A"><VariableValue><VariableRef targetGUID="${guid(8)}"/><TextValue>30-39</TextValue></VariableValue></Case></Cases><Sources><TextSource guid="${guid(2)}" name="T"><PlainTextContent>${text}</PlainTextContent><PlainTextSelection guid="${guid(3)}" startPosition="5" endPosition="17"><Coding guid="${guid(4)}"><CodeRef targetGUID="${guid(1)}"/></Coding><Coding guid="${guid(5)}"><CodeRef targetGUID="${guid(9)}"/></Coding></PlainTextSelection></TextSource></Sources>`;
    const read = await readRefiQda(Buffer.from(qde(body, ' origin="NVivo 14"')), 'nvivo.qde');
    if (read.kind !== 'project') throw new Error('not a project');
    expect(read.project.codes.map((c) => c.name)).toEqual(['Kerja sama']);
    expect(read.project.cases[0]?.selectionIds).toEqual([guid(3)]);
    expect(read.project.sources[0]?.selections[0]?.codings.map((c) => c.codeId)).toEqual([guid(1)]);
    expect(read.project.variables[0]?.name).toBe('Age group');
    expect(read.project.cases[0]?.values).toEqual([{ variableId: guid(8), value: '30-39' }]);
    expect(read.report.count('code-is-case')).toBe(1);
    expect(read.report.count('variable-prefix')).toBe(1);
  });

  it('skips selections beyond the text and codings of unknown codes, counting them', async () => {
    const body = `<CodeBook><Codes><Code guid="${guid(1)}" name="A" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${guid(2)}" name="T"><PlainTextContent>pendek</PlainTextContent><PlainTextSelection guid="${guid(3)}" startPosition="2" endPosition="99"/><PlainTextSelection guid="${guid(4)}" startPosition="0" endPosition="3"><Coding guid="${guid(5)}"><CodeRef targetGUID="${guid(7)}"/></Coding></PlainTextSelection></TextSource></Sources>`;
    const read = await readRefiQda(Buffer.from(qde(body)), 'x.qde');
    if (read.kind !== 'project') throw new Error('not a project');
    expect(read.project.sources[0]?.selections.map((s) => [s.start, s.end, s.codings.length])).toEqual([
      [0, 3, 0],
    ]);
    expect(read.report.entries.map((e) => [e.kind, e.count, e.line])).toEqual([
      ['selection-out-of-range', 1, 3],
      ['unknown-code', 1, undefined],
    ]);
  });
});

describe('hostile and broken input is refused with a message', () => {
  const refusal = async (work: () => Promise<unknown>): Promise<string> => {
    try {
      await withLang('en', work);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('not refused');
  };

  it('a ZIP bomb: an entry expanding past the limit', async () => {
    const bomb = await zipOf({ 'project.qde': Buffer.alloc(3 * 1024 * 1024, 0x20) });
    expect(bomb.length).toBeLessThan(20_000);
    const message = await refusal(() =>
      readRefiQda(bomb, 'bomb.qdpx', { limits: { entryBytes: 1024 * 1024 } }),
    );
    expect(message).toMatch(/expands beyond 1 MB.*ZIP bomb/);
  });

  it('an entry whose name climbs out of the package', async () => {
    const zip = await zipOf({ 'project.qde': '<Project/>', 'xx/evil.txt': 'x' });
    // yazl refuses such names, so the bytes are patched (same length) in both headers.
    const patched = Buffer.from(zip.toString('latin1').replaceAll('xx/evil.txt', '../evil.txt'), 'latin1');
    const message = await refusal(() => readRefiQda(patched, 'evil.qdpx'));
    expect(message).toMatch(/leaves the package/);
  });

  it('XML entities: an external entity (XXE) and "billion laughs"', async () => {
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>';
    expect(await refusal(() => readRefiQda(Buffer.from(xxe), 'x.qde'))).toMatch(
      /DOCTYPE declaration \(line 2\).*refused/,
    );
    const lol = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>\n<Project name="&lol9;"/>`;
    const started = Date.now();
    const bytes = await zipOf({ 'project.qde': lol });
    expect(await refusal(() => readRefiQda(bytes, 'lol.qdpx'))).toMatch(/DOCTYPE/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a file that is not a ZIP, a truncated ZIP, a ZIP without a project, malformed XML, a foreign root', async () => {
    expect(await refusal(() => readRefiQda(Buffer.from('%PDF-1.4 not a qdpx'), 'x.pdf'))).toMatch(
      /neither a QDPX package/,
    );
    const zip = await zipOf({ 'project.qde': '<Project name="p"/>' });
    expect(await refusal(() => readRefiQda(zip.subarray(0, zip.length - 30), 't.qdpx'))).toMatch(/damaged/);
    expect(await refusal(async () => readRefiQda(await zipOf({ 'readme.txt': 'hi' }), 'r.qdpx'))).toMatch(
      /no \.qde project file/,
    );
    const broken =
      '<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p">\n<CodeBook><Codes>\n<Code guid="x" name="a" isCodable="true">\n</Codes></CodeBook></Project>';
    expect(await refusal(() => readRefiQda(Buffer.from(broken), 'b.qde'))).toMatch(
      /not well-formed XML: error at line 5, inside element <Codes?>/,
    );
    expect(await refusal(() => readRefiQda(Buffer.from('<?xml version="1.0"?>\n<gexf/>'), 'g.qde'))).toMatch(
      /root element is <gexf> \(line 2\)/,
    );
    expect(await refusal(() => readRefiQda(Buffer.from([0x3c, 0x50, 0xff, 0xfe]), 'w.qde'))).toMatch(
      /not UTF-8/,
    );
  });

  it('in Bahasa Indonesia too', async () => {
    const message = await withLang('id', () =>
      readRefiQda(Buffer.from('bukan zip'), 'x').catch((e: Error) => e.message),
    );
    expect(message).toBe('Berkas ini bukan paket QDPX (ZIP) maupun XML REFI-QDA (.qde/.qdc)');
  });
});

describe('streaming', () => {
  it('produces the package through a stream the caller pipes (no whole-file buffer in the writer)', async () => {
    const { stream } = qdpxStream(sampleProject());
    const sink = new PassThrough();
    let chunks = 0;
    sink.on('data', () => chunks++);
    stream.pipe(sink);
    await new Promise((resolve) => sink.on('end', resolve));
    expect(chunks).toBeGreaterThan(1);
  });
});

// Keep the fixture README honest: every file it lists exists.
it('every fixture listed in the README exists', () => {
  const readme = readFileSync(path.join(FIXTURES, 'README.md'), 'utf8');
  for (const name of ['atlasti-23.4-codebook.qdc', 'taguette-1.4-codebook.qdc', 'requal-test-project.qdpx']) {
    expect(readme).toContain(name);
    expect(readFileSync(path.join(FIXTURES, name)).length).toBeGreaterThan(100);
  }
});
