import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { change, fieldWorld, sync } from './field.test-helpers.ts';

const ctx = useTestApp();

describe('field conflicts, field by field', () => {
  it('lists the values the collector started from, so the phone can tell who changed which field', async () => {
    const world = await fieldWorld(ctx, 1);
    const firm = world.members[0] ?? '';
    const before = (await ctx.app.inject({ url: `/api/enterprises/${firm}` })).json();
    // Someone renames the firm on the server after the package was downloaded.
    const patch = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${firm}`,
      payload: { name: 'Nama dari Kantor', version: before.version },
    });
    expect(patch.statusCode, patch.body).toBe(200);

    const offline = change(
      'enterprise.update',
      world.centerId,
      { enterprise: { id: firm }, changes: { name: 'Nama dari Lapangan', products: 'Sandal jepit' } },
      { basedOnVersion: before.version },
    );
    const result = (await sync(ctx, [offline])).json().results[0];
    expect(result.status).toBe('conflict');

    const conflicts = (await ctx.app.inject({ url: '/api/field/conflicts' })).json().items;
    const conflict = conflicts.find(
      (c: { clientChangeId: string }) => c.clientChangeId === offline.clientChangeId,
    );
    expect(conflict).toMatchObject({
      basedOnVersion: before.version,
      mine: { name: 'Nama dari Lapangan', products: 'Sandal jepit' },
      theirs: { name: 'Nama dari Kantor', products: before.products },
      base: { name: before.name, products: before.products },
    });

    // The phone merges: products only the collector changed, the name picked as the server's.
    const resolve = await ctx.app.inject({
      method: 'POST',
      url: `/api/field/conflicts/${conflict.id}/resolve`,
      payload: {
        keep: 'merged',
        merged: { name: 'Nama dari Kantor', products: 'Sandal jepit' },
        version: conflict.currentVersion,
      },
    });
    expect(resolve.statusCode, resolve.body).toBe(200);
    const after = (await ctx.app.inject({ url: `/api/enterprises/${firm}` })).json();
    expect(after).toMatchObject({ name: 'Nama dari Kantor', products: 'Sandal jepit' });
  });
});
