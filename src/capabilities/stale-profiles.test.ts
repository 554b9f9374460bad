import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import { buildEnterpriseInput } from '../../test/factories.ts';
import * as staleProfilesMigration from '../db/migrations/0027_stale_profiles_overdue.ts';
import { sweepOverdue } from '../notifications/overdue.ts';
import { confirmSpareCapacity } from './capabilities.service.ts';
import { buildCapabilityInput } from './capabilities.test-helpers.ts';
import { staleProfilesOverdue } from './stale-profiles.ts';

const ctx = useTestApp();

/** The nightly sweep with this check alone, on `day`. */
const remindStaleProfiles = (db: typeof ctx.db, day: string) => sweepOverdue(db, [staleProfilesOverdue], day);

async function ownedProfile(): Promise<{ enterpriseId: string; ownerId: string }> {
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/enterprises',
    payload: buildEnterpriseInput(),
  });
  const enterpriseId = created.json().id as string;
  const saved = await ctx.app.inject({
    method: 'PUT',
    url: `/api/enterprises/${enterpriseId}/capability`,
    payload: buildCapabilityInput(),
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const headers = await ctx.as('enterprise', { enterprises: [enterpriseId] });
  const me = await ctx.app.inject({ url: '/api/auth/me', headers });
  return { enterpriseId, ownerId: me.json().user.id };
}

async function remindersOf(userId: string): Promise<{ object_id: string; message_key: string }[]> {
  return ctx.db
    .selectFrom('notifications')
    .select(['object_id', 'message_key'])
    .where('user_id', '=', userId)
    .where('message_key', '=', 'capability.stale')
    .execute();
}

const setConfirmed = (enterpriseId: string, day: string) =>
  ctx.db
    .updateTable('capability_profiles')
    .set({ spare_confirmed_on: day })
    .where('enterprise_id', '=', enterpriseId)
    .execute();

describe('stale profile reminders', () => {
  it('tell the owner once per staleness period, not every day, and again after a confirmation goes stale', async () => {
    const { enterpriseId, ownerId } = await ownedProfile();
    await setConfirmed(enterpriseId, '2026-01-01');

    // 60 days after the confirmation the profile is not yet stale: nothing is sent.
    await remindStaleProfiles(ctx.db, '2026-03-02');
    expect(await remindersOf(ownerId)).toHaveLength(0);

    await remindStaleProfiles(ctx.db, '2026-03-03');
    expect(await remindersOf(ownerId)).toEqual([
      { object_id: enterpriseId, message_key: 'capability.stale' },
    ]);
    // The next days of the same period send nothing more.
    await remindStaleProfiles(ctx.db, '2026-03-04');
    await remindStaleProfiles(ctx.db, '2026-05-30');
    expect(await remindersOf(ownerId)).toHaveLength(1);

    // A confirmation starts a new period; when that one goes stale the owner hears again, once.
    await confirmSpareCapacity(ctx.db, enterpriseId);
    await setConfirmed(enterpriseId, '2026-06-01');
    await remindStaleProfiles(ctx.db, '2026-07-31');
    expect(await remindersOf(ownerId)).toHaveLength(1);
    await remindStaleProfiles(ctx.db, '2026-08-01');
    await remindStaleProfiles(ctx.db, '2026-08-02');
    expect(await remindersOf(ownerId)).toHaveLength(2);
  });

  it('leaves fresh profiles and other firms alone', async () => {
    const stale = await ownedProfile();
    const fresh = await ownedProfile();
    await setConfirmed(stale.enterpriseId, '2025-01-01');
    await setConfirmed(fresh.enterpriseId, '2025-03-01');
    await remindStaleProfiles(ctx.db, '2025-04-15');
    expect(await remindersOf(stale.ownerId)).toHaveLength(1);
    expect(await remindersOf(fresh.ownerId)).toHaveLength(0);
  });
});

describe('migration 0027', () => {
  it('carries over who was told under the old job, so nobody is told twice for one confirmation', async () => {
    const told = await ownedProfile();
    const untold = await ownedProfile();
    await setConfirmed(told.enterpriseId, '2026-01-01');
    await setConfirmed(untold.enterpriseId, '2026-01-01');
    const db = ctx.db as unknown as Kysely<unknown>;
    await staleProfilesMigration.down(db);
    // Under the old job, the first profile's owner was told on 5 March, after the confirmation.
    await sql`UPDATE capability_profiles SET stale_notified_on = '2026-03-05'
               WHERE enterprise_id = ${told.enterpriseId}`.execute(ctx.db);
    await staleProfilesMigration.up(db);

    await remindStaleProfiles(ctx.db, '2026-03-10');
    expect(await remindersOf(told.ownerId)).toHaveLength(0);
    expect(await remindersOf(untold.ownerId)).toHaveLength(1);
  });
});
