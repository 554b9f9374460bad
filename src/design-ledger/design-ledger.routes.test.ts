import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS, useTestApp } from '../../test/app.ts';
import { bombPng, buildDesignInput, ledgerWorld, patternImage } from './design-ledger.test-helpers.ts';

// The production body limit (20 MB), so an image just over the per-image limit reaches the image check.
const ctx = useTestApp({ bodyLimit: 20 * 1024 * 1024 });

const record = (payload: unknown, lang = 'en') =>
  ctx.app.inject({ method: 'POST', url: `/api/design-ledger?lang=${lang}`, payload: payload as object });

const stored = async () => {
  const { rows } = await ctx.db
    .selectFrom('design_images')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .execute()
    .then((r) => ({ rows: r }));
  return Number(rows[0]?.n);
};

describe('recording a design', () => {
  it('chains each record to the one before and strips the metadata of its images', async () => {
    const world = await ledgerWorld(ctx);
    const first = await record(
      buildDesignInput(world.members[0] as string, [await patternImage(101, { exif: true })]),
    );
    expect(first.statusCode, first.body).toBe(201);
    const a = first.json();
    expect(a.recordHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.centerId).toBe(world.centerId);
    expect(a.images[0].perceptualHash).toMatch(/^[0-9a-f]{16}$/);
    const second = (
      await record(buildDesignInput(world.members[1] as string, [await patternImage(102, { format: 'png' })]))
    ).json();
    expect(second.seq).toBe(a.seq + 1);
    expect(second.previousHash).toBe(a.recordHash);
    const image = await ctx.app.inject({ url: `/api/design-ledger/images/${a.images[0].id}` });
    expect(image.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(image.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it('points a second recording of the same image to the existing record and stores nothing', async () => {
    const world = await ledgerWorld(ctx);
    const bytes = await patternImage(201, { format: 'webp' });
    const first = (await record(buildDesignInput(world.members[0] as string, [bytes]))).json();
    const before = await stored();
    const again = await record(
      buildDesignInput(world.members[1] as string, [await patternImage(202), bytes], { title: 'Salinan' }),
    );
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.id, alreadyRecorded: true, duplicateImages: [1] });
    expect(await stored()).toBe(before);
  });

  it('keeps concurrent recordings on one unbroken chain', async () => {
    const world = await ledgerWorld(ctx);
    const answers = await Promise.all(
      [301, 302, 303, 304].map(async (seed) =>
        record(buildDesignInput(world.members[0] as string, [await patternImage(seed)])),
      ),
    );
    const seqs = answers.map((answer) => answer.json().seq as number).sort((x, y) => x - y);
    expect(new Set(seqs).size).toBe(4);
    expect((seqs[3] as number) - (seqs[0] as number)).toBe(3);
    expect((await ctx.app.inject({ url: '/api/design-ledger/verify' })).json().intact).toBe(true);
  });
});

describe('bad images', () => {
  const refused = async (file: Buffer, lang: string, fileName = 'motif.jpg') => {
    const world = await ledgerWorld(ctx);
    const before = await stored();
    const input = buildDesignInput(world.members[0] as string, []);
    const response = await record({ ...input, images: [{ fileName, data: file.toString('base64') }] }, lang);
    expect(await stored()).toBe(before);
    expect(response.statusCode, response.body).toBe(422);
    return response.json().error;
  };

  it('refuses a PDF renamed .jpg, in the reader’s language, naming the image', async () => {
    const error = await refused(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF'), 'id');
    expect(error.details[0]).toMatchObject({ path: 'images.0.data' });
    expect(error.details[0].message).toContain('Gambar 1 (motif.jpg) bukan gambar JPEG, PNG atau WebP');
  });

  it('refuses an SVG, which the image library could otherwise draw', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    );
    expect((await refused(svg, 'en')).details[0].message).toContain('is not a JPEG, PNG or WebP image');
  });

  it('refuses a decompression bomb from its header, before decoding', async () => {
    const error = await refused(bombPng(60_000, 60_000), 'en', 'bom.png');
    expect(error.details[0].message).toContain('60000 × 60000 pixels; at most 50 million pixels');
  });

  it('refuses a truncated JPEG', async () => {
    const whole = await patternImage(401, { side: 512 });
    const error = await refused(whole.subarray(0, Math.floor(whole.length / 2)), 'en');
    expect(error.details[0].message).toContain('is damaged or cut short');
  });

  it('refuses an oversized upload and text that is not base64', async () => {
    const big = await refused(Buffer.alloc(12 * 1024 * 1024 + 10, 7), 'en');
    expect(big.details[0].message).toContain('at most 12 MB per image');
    const world = await ledgerWorld(ctx);
    const input = buildDesignInput(world.members[0] as string, []);
    const response = await record({ ...input, images: [{ fileName: 'x.jpg', data: 'bukan base64 !!' }] });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details[0].message).toContain('must be an image file encoded as base64');
  });
});

describe('similar designs', () => {
  it('finds a near-duplicate motif in the same centre and not an unrelated one', async () => {
    const world = await ledgerWorld(ctx);
    const original = (
      await record(buildDesignInput(world.members[0] as string, [await patternImage(501)]))
    ).json();
    const copy = (
      await record(
        buildDesignInput(
          world.members[1] as string,
          [await patternImage(501, { brighten: 12, format: 'png' })],
          {
            title: 'Motif mirip',
          },
        ),
      )
    ).json();
    await record(buildDesignInput(world.members[1] as string, [await patternImage(502)], { title: 'Lain' }));
    const loner = (
      await record(buildDesignInput(world.loner, [await patternImage(501, { brighten: 20 })]))
    ).json();
    const similar = (await ctx.app.inject({ url: `/api/design-ledger/${original.id}/similar` })).json();
    expect(similar.matches.map((m: { recordId: string }) => m.recordId)).toEqual([copy.id]);
    expect(similar.matches[0].distance).toBeLessThanOrEqual(6);
    expect(similar.matches[0].matchThumbnail).toMatch(/^data:image\/jpeg;base64,/);
    const national = (
      await ctx.app.inject({ url: `/api/design-ledger/${original.id}/similar?within=national` })
    ).json();
    expect(national.matches.map((m: { recordId: string }) => m.recordId)).toContain(loner.id);
  });
});

describe('evidence sheet and public check', () => {
  it('makes a PDF and lets anyone check its verification code', async () => {
    const world = await ledgerWorld(ctx);
    const made = (
      await record(buildDesignInput(world.members[0] as string, [await patternImage(601)]))
    ).json();
    const pdf = await ctx.app.inject({ url: `/api/design-ledger/${made.id}/evidence?lang=id` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const check = await ctx.app.inject({
      url: `/api/design-ledger/check/${made.verificationCode}`,
      headers: ANONYMOUS,
    });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ seq: made.seq, recordHash: made.recordHash, linkIntact: true });
    expect(check.body).not.toContain(made.enterpriseName);
    const unknown = await ctx.app.inject({
      url: '/api/design-ledger/check/SL-AAAA-BBBB-CCCC?lang=en',
      headers: ANONYMOUS,
    });
    expect(unknown.statusCode).toBe(404);
  });
});

const PDFTOTEXT = '/usr/bin/pdftotext';
if (!existsSync(PDFTOTEXT)) {
  // CI installs poppler-utils and requires the check; elsewhere it is skipped with this reason.
  const reason = `${PDFTOTEXT} (Debian's poppler-utils) is not installed: the evidence sheet's text is not checked.`;
  if (process.env.SIMPUL_REQUIRE_REFERENCE_TOOLS === '1')
    throw new Error(`required by SIMPUL_REQUIRE_REFERENCE_TOOLS but ${reason}`);
  console.log(reason);
}

describe('the evidence sheet’s text', () => {
  it.skipIf(!existsSync(PDFTOTEXT))(
    'gives the record, its hashes, position and code in English',
    async () => {
      const world = await ledgerWorld(ctx);
      const made = (
        await record(buildDesignInput(world.members[0] as string, [await patternImage(801)]))
      ).json();
      const pdf = await ctx.app.inject({ url: `/api/design-ledger/${made.id}/evidence?lang=en` });
      const text = execFileSync(PDFTOTEXT, ['-', '-'], { input: pdf.rawPayload }).toString();
      for (const part of [
        made.title,
        made.recordHash,
        made.previousHash,
        made.verificationCode,
        made.images[0].sha256,
      ]) {
        expect(text).toContain(part);
      }
      expect(text).toContain('Position in the chain');
    },
  );
});

describe('verifying the chain', () => {
  it('names the first link changed in SQL, then holds again once it is put back', async () => {
    const world = await ledgerWorld(ctx);
    const made = (
      await record(buildDesignInput(world.members[0] as string, [await patternImage(701)]))
    ).json();
    await record(buildDesignInput(world.members[0] as string, [await patternImage(702)]));
    await ctx.db
      .updateTable('design_records')
      .set({ title: 'Diubah diam-diam' })
      .where('id', '=', made.id)
      .execute();
    const broken = (await ctx.app.inject({ url: '/api/design-ledger/verify?lang=en' })).json();
    expect(broken).toMatchObject({
      intact: false,
      brokenAt: { seq: made.seq, recordId: made.id, reason: 'record_hash' },
    });
    expect(broken.message).toContain(`position ${made.seq}`);
    await ctx.db.updateTable('design_records').set({ title: made.title }).where('id', '=', made.id).execute();

    const original = await ctx.db
      .selectFrom('design_image_files')
      .select('content')
      .where('image_id', '=', made.images[0].id)
      .executeTakeFirstOrThrow();
    await ctx.db
      .updateTable('design_image_files')
      .set({ content: Buffer.from('lain') })
      .where('image_id', '=', made.images[0].id)
      .execute();
    const bytes = (await ctx.app.inject({ url: '/api/design-ledger/verify' })).json();
    expect(bytes.brokenAt).toMatchObject({ seq: made.seq, reason: 'image_bytes' });
    await ctx.db
      .updateTable('design_image_files')
      .set({ content: original.content })
      .where('image_id', '=', made.images[0].id)
      .execute();
    expect((await ctx.app.inject({ url: '/api/design-ledger/verify' })).json().intact).toBe(true);
  });
});

describe('who sees which records', () => {
  it("lists a firm's own records to its user, not another firm's, and refuses reading the other's", async () => {
    const world = await ledgerWorld(ctx);
    const mine = (
      await record(buildDesignInput(world.members[0] as string, [await patternImage(901)]))
    ).json();
    const theirs = (
      await record(buildDesignInput(world.members[1] as string, [await patternImage(902)]))
    ).json();
    const headers = await ctx.as('enterprise', { enterprises: [world.members[0] as string] });
    const list = await ctx.app.inject({ url: '/api/design-ledger?limit=500', headers });
    expect(list.statusCode).toBe(200);
    const ids = list.json().items.map((r: { id: string }) => r.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    const read = await ctx.app.inject({ url: `/api/design-ledger/${theirs.id}`, headers });
    expect(read.statusCode).toBe(403);
    const image = await ctx.app.inject({ url: `/api/design-ledger/images/${theirs.images[0].id}`, headers });
    expect(image.statusCode).toBe(403);
    const sheet = await ctx.app.inject({ url: `/api/design-ledger/${theirs.id}/evidence`, headers });
    expect(sheet.statusCode).toBe(403);
    const researcher = await ctx.app.inject({
      url: '/api/design-ledger',
      headers: await ctx.as('researcher'),
    });
    expect(researcher.statusCode).toBe(403);
  });
});
