import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { createUser } from '../auth/users.service.ts';
import { JobError } from '../jobs/job-error.ts';
import { addJob, failJobs } from '../jobs/jobs.repo.ts';

let database: TestDatabase;
const simpul = (...args: string[]) => runSimpul(args, { databaseUrl: database.url });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe('simpul audit --entity job', () => {
  it('prints a job’s steps in words, in Indonesian and English, and shows them to admins only', async () => {
    const later = new Date(Date.now() + 3_600_000);
    const waiting = await addJob(database.db, 'jobs.cleanup', {}, { runAt: later });
    const failed = await addJob(database.db, 'analysis.refresh', { centerId: 'x' }, { runAt: later });
    await failJobs(database.db, [failed], new JobError({ id: 'Galat uji.', en: 'Test error.' }).message);
    expect((await simpul('jobs', 'cancel', waiting)).code).toBe(0);

    const en = await simpul('audit', '--entity', 'job', '--id', waiting, '--lang', 'en');
    expect(en.code, en.stderr).toBe(0);
    const [cancelled, queued] = en.stdout.trim().split('\n');
    expect(cancelled?.split('\t').slice(2)).toEqual([
      'Cancelled by an admin',
      `Background job ${waiting}`,
      'Clear old job records',
    ]);
    expect(queued?.split('\t').slice(1, 4)).toEqual(['system', 'Queued', `Background job ${waiting}`]);

    const id = await simpul('audit', '--entity', 'job', '--id', failed);
    expect(id.stdout).toContain('\tGagal (tidak dicoba lagi)\t');
    expect(id.stdout).toContain('\tHitung ulang analisis sentra\tGalat uji.');

    await createUser(database.db, {
      email: 'petugas@uji.example',
      displayName: 'Petugas',
      role: 'regional_officer',
      scopes: { regions: ['32'], centers: [], enterprises: [], projects: [] },
      personalDataAccess: false,
    });
    const officer = await simpul('audit', '--entity', 'job', '--as', 'petugas@uji.example', '--lang', 'en');
    expect(officer.code, officer.stderr).toBe(0);
    expect(officer.stdout).toBe('');
    expect(officer.stderr).toContain('0 of 0 entries');
  }, 120_000);
});
