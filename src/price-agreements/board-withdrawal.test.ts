import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { poolWorld } from '../pools/pools.test-helpers.ts';
import { recordAgreement, setFigures } from './price-agreements.test-helpers.ts';

const ctx = useTestApp();

const withdraw = (id: string, payload: Record<string, unknown>, headers: Record<string, string>) =>
  ctx.app.inject({ method: 'POST', url: `/api/price-agreements/${id}/withdraw?lang=en`, payload, headers });

describe("the board withdrawing a member's consent", () => {
  it('lets the board withdraw with a reason, kept and audited, the member told; others may not', async () => {
    const world = await poolWorld(ctx, 3);
    const [chair, member, other] = world.members as [string, string, string];
    for (const firm of world.members) await setFigures(ctx, firm);
    const agreement = await recordAgreement(ctx, world);
    for (const firm of [member, other]) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/price-agreements/${agreement.id}/consents`,
        payload: { enterpriseId: firm, consentedOn: '2024-02-01' },
      });
      expect(response.statusCode, response.body).toBe(200);
    }
    const board = await ctx.as('enterprise', { enterprises: [chair] });
    // The member's own user, the one who must be told.
    await ctx.as('enterprise', { enterprises: [member] });
    const otherUser = await ctx.as('enterprise', { enterprises: [other] });
    const read = async (headers: Record<string, string>) =>
      (await ctx.app.inject({ url: `/api/price-agreements/${agreement.id}`, headers })).json();
    expect((await read(board)).withdrawOthers).toBe(true);
    expect((await read(otherUser)).withdrawOthers).toBe(false);

    // A plain member cannot withdraw another member's consent.
    const refused = await withdraw(
      agreement.id,
      { enterpriseId: member, withdrawnOn: '2024-03-01' },
      otherUser,
    );
    expect(refused.statusCode).toBe(403);

    // The board must say why; nothing is written without it.
    const noReason = await withdraw(agreement.id, { enterpriseId: member, withdrawnOn: '2024-03-01' }, board);
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details[0]).toMatchObject({ path: 'withdrawReason' });
    expect(noReason.json().error.details[0].message).toContain('must give a reason');
    expect((await read(board)).consents).toBe(2);

    const reason = 'Menjual di bawah harga tiga kali dan tidak hadir rapat.';
    const done = await withdraw(
      agreement.id,
      { enterpriseId: member, withdrawnOn: '2024-03-01', withdrawReason: reason },
      board,
    );
    expect(done.statusCode, done.body).toBe(200);
    const entry = done.json().consentList.find((c: { enterpriseId: string }) => c.enterpriseId === member);
    expect(entry).toMatchObject({ withdrawnOn: '2024-03-01', withdrawReason: reason });

    const memberUserId = await ctx.db
      .selectFrom('user_scopes')
      .select('user_id')
      .where('kind', '=', 'enterprise')
      .where('ref', '=', member)
      .executeTakeFirstOrThrow();
    const told = await ctx.db
      .selectFrom('notifications')
      .select(['message_key', 'params'])
      .where('user_id', '=', memberUserId.user_id)
      .where('message_key', '=', 'price.consent_withdrawn')
      .execute();
    expect(told).toHaveLength(1);
    expect(told[0]?.params).toMatchObject({ reason });

    const audited = await ctx.db
      .selectFrom('audit_log')
      .select(['after', 'actor_user_id'])
      .where('entity_type', '=', 'price_agreement_consents')
      .where('action', '=', 'update')
      .execute();
    const trail = audited.find((a) => (a.after as { withdraw_reason?: string })?.withdraw_reason === reason);
    expect(trail?.actor_user_id).not.toBeNull();

    // A member still withdraws its own consent, without a reason, and is not told about itself.
    const own = await withdraw(agreement.id, { enterpriseId: other, withdrawnOn: '2024-03-02' }, otherUser);
    expect(own.statusCode, own.body).toBe(200);
    const ownEntry = own.json().consentList.find((c: { enterpriseId: string }) => c.enterpriseId === other);
    expect(ownEntry).toMatchObject({ withdrawnOn: '2024-03-02', withdrawReason: null });
  });
});
