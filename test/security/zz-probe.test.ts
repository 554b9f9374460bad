import { it } from 'vitest';
import { useTestApp } from '../app.ts';

const ctx = useTestApp();
it('probe', async () => {
  for (const payload of [
    'nama_ikm,keldesa\r\n"IKM\u0000A",\r\n',
    'nama_ikm,kode_wilayah\r\n"IKM\u0000A",32.73.17.1003\r\n',
    'nama_sentra,produk_utama\r\n"S\u0000",sepatu\r\n',
  ]) {
    const kind = payload.startsWith('nama_sentra') ? 'centers' : 'enterprises';
    const r = await ctx.app.inject({
      method: 'POST',
      url: `/api/import/${kind}`,
      headers: { 'content-type': 'text/csv' },
      payload,
    });
    console.log(r.statusCode, r.body.slice(0, 400));
  }
});
