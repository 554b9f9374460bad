import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { bombPng, patternImage } from '../design-ledger/design-ledger.test-helpers.ts';
import { caseAt, caseWorld } from './cases.test-helpers.ts';

const ctx = useTestApp();
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const QUERY = 'evidenceKind=photo&description=Foto%20motif&capturedOn=2026-03-01&lang=en';

/** A photo with the GPS position of where it was taken, as phones write it. */
async function photoWithGps(): Promise<Buffer> {
  const plain = await patternImage(7, { side: 320 });
  return sharp(plain)
    .withMetadata({
      exif: {
        IFD0: { Copyright: 'Rumah saksi' },
        IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 54/1 3600/100', GPSLongitudeRef: 'E' },
      },
    })
    .jpeg()
    .toBuffer();
}

describe('evidence images', () => {
  const upload = async (caseId: string, bytes: Buffer, type: string) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/evidence/file?${QUERY}`,
      headers: { 'content-type': type },
      payload: bytes,
    });
  const storedFiles = async () => ctx.db.selectFrom('conflict_case_files').selectAll().execute();

  it('stores a photo re-encoded without EXIF/GPS, with the SHA-256 of the original and of the stored bytes', async () => {
    const kase = await caseAt(ctx, await caseWorld(ctx), ['verifying']);
    const original = await photoWithGps();
    expect((await sharp(original).metadata()).exif?.includes(Buffer.from('Rumah saksi'))).toBe(true);

    const response = await upload(kase.id, original, 'image/jpeg');
    expect(response.statusCode, response.body).toBe(200);
    const item = response.json().evidence[0];
    const file = await ctx.db
      .selectFrom('conflict_case_files')
      .select('bytes')
      .where('evidence_id', '=', item.id)
      .executeTakeFirstOrThrow();
    const meta = await sharp(file.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta).toMatchObject({ format: 'jpeg', width: 320, height: 320 });
    expect(file.bytes.includes(Buffer.from('Rumah saksi'))).toBe(false);
    expect(item).toMatchObject({
      sha256: sha(original),
      storedSha256: sha(file.bytes),
      mediaType: 'image/jpeg',
      byteSize: file.bytes.length,
    });
    expect(item.storedSha256).not.toBe(item.sha256);
  });

  it('keeps a PNG a PNG and a PDF as sent', async () => {
    const kase = await caseAt(ctx, await caseWorld(ctx), ['verifying']);
    const png = await upload(kase.id, await patternImage(8, { format: 'png', side: 64 }), 'image/png');
    expect(png.statusCode, png.body).toBe(200);
    expect(png.json().evidence[0].mediaType).toBe('image/png');
    const pdf = Buffer.from('%PDF-1.4\n% kwitansi\n%%EOF\n');
    const kept = await upload(kase.id, pdf, 'application/pdf');
    expect(kept.statusCode, kept.body).toBe(200);
    const item = kept.json().evidence.find((e: { mediaType: string }) => e.mediaType === 'application/pdf');
    expect(item).toMatchObject({ sha256: sha(pdf), storedSha256: sha(pdf), byteSize: pdf.length });
  });

  it('refuses a bomb, a truncated JPEG and a PDF renamed as a photo, storing nothing', async () => {
    const kase = await caseAt(ctx, await caseWorld(ctx), ['verifying']);
    const before = (await storedFiles()).length;

    const bomb = await upload(kase.id, bombPng(60_000, 60_000), 'image/png');
    expect(bomb.statusCode).toBe(422);
    expect(bomb.json().error.message).toContain('60000 × 60000 pixels; at most 50 million pixels');

    const whole = await patternImage(9, { side: 512 });
    const truncated = await upload(kase.id, whole.subarray(0, Math.floor(whole.length / 2)), 'image/jpeg');
    expect(truncated.statusCode).toBe(422);
    expect(truncated.json().error.message).toContain('damaged or cut short');

    const renamed = await upload(kase.id, Buffer.from('%PDF-1.7 bukan foto'), 'image/jpeg');
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().error.message).toContain('photo (JPEG, PNG, WebP) or a PDF');

    expect(await storedFiles()).toHaveLength(before);
  });
});
