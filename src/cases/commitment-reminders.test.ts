import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { caseAt, caseWorld, send, TO_MEDIATION } from './cases.test-helpers.ts';

const ctx = useTestApp();

/** The reminders of case `id` by the commitment they are about, with their status. */
const reminders = async (id: string) =>
  (
    await ctx.db
      .selectFrom('reminders')
      .select(['status', 'params'])
      .where('object_type', '=', 'conflict_case')
      .where('object_id', '=', id)
      .execute()
  ).map((r) => ({ what: r.params.what, status: r.status }));

describe('commitment reminders', () => {
  it('cancels only the reminder of the commitment marked kept; the other stays pending', async () => {
    const world = await caseWorld(ctx);
    const kase = await caseAt(ctx, world, TO_MEDIATION);
    const agreed = await send(ctx, 'POST', `/api/cases/${kase.id}/agreement`, {
      version: kase.version,
      agreedOn: '2026-03-01',
      agreementText: 'Motif tidak dipakai lagi; ganti rugi dibayar.',
      commitments: [
        { who: 'UD Sinar', what: 'Menarik motif dari toko', dueOn: '2099-04-01' },
        { who: 'UD Sinar', what: 'Membayar ganti rugi', dueOn: '2099-05-01' },
      ],
    });
    expect((await reminders(kase.id)).map((r) => r.status)).toEqual(['pending', 'pending']);

    const withdrawn = agreed.commitments.find((c: { what: string }) => c.what === 'Menarik motif dari toko');
    await send(ctx, 'POST', `/api/cases/${kase.id}/commitments/${withdrawn.id}/mark`, {
      commitmentState: 'kept',
    });
    const after = await reminders(kase.id);
    expect(after).toHaveLength(2);
    expect(after).toContainEqual({ what: 'Menarik motif dari toko', status: 'cancelled' });
    expect(after).toContainEqual({ what: 'Membayar ganti rugi', status: 'pending' });
  });
});
