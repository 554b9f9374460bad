import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildCenterInput } from '../../test/factories.ts';
import { up as cleanTextControls } from './migrations/0007_text_controls.ts';

const ctx = useTestApp();

describe('migration 0007: control characters stored by earlier versions', () => {
  it('are cleaned, so records saved before the input rules still read (they were a 500)', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/centers',
      payload: buildCenterInput({ kbli: [{ code: '15201', version: '2020', title: 'Alas kaki' }] }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    // What an earlier version let in: a tab in a name, an escape in a KBLI title, a bell in free text.
    await sql`
      UPDATE centers SET name = 'Sentra' || chr(9) || 'Tab',
             kbli = jsonb_build_array(jsonb_build_object('code', '15201', 'version', '2020', 'title', 'Alas' || chr(27) || 'kaki')),
             description = 'baris satu' || chr(10) || 'dua' || chr(7)
       WHERE id = ${id}`.execute(ctx.db);
    expect((await ctx.app.inject(`/api/centers/${id}`)).statusCode).toBe(500);

    await cleanTextControls(ctx.db as never);
    const read = await ctx.app.inject(`/api/centers/${id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({
      name: 'Sentra Tab',
      kbli: [{ code: '15201', title: 'Alas kaki' }],
      description: 'baris satu\ndua ',
    });
  });
});
