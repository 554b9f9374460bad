import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
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

describe('simpul jobs', () => {
  it('lists, retries and cancels jobs, in Indonesian and English', async () => {
    const later = new Date(Date.now() + 3_600_000);
    const failed = await addJob(database.db, 'jobs.cleanup', {}, { runAt: later });
    await failJobs(database.db, [failed], new JobError({ id: 'Galat uji.', en: 'Test error.' }).message);
    const waiting = await addJob(database.db, 'jobs.cleanup', {}, { runAt: later });

    const en = await simpul('jobs', 'list', '--lang', 'en');
    expect(en.code, en.stderr).toBe(0);
    const line = en.stdout.split('\n').find((l) => l.startsWith(`${failed}\t`)) ?? '';
    expect(line.split('\t')).toEqual(
      expect.arrayContaining(['jobs.cleanup', 'failed', '5/5', 'Test error.']),
    );
    const id = await simpul('jobs', 'list', '--status', 'failed');
    expect(id.stdout).toContain('\tgagal\t');
    expect(id.stdout).toContain('Galat uji.');
    expect(id.stdout).not.toContain(`${waiting}\t`);

    const retry = await simpul('jobs', 'retry', failed, '--lang', 'en');
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stderr).toContain(`Job ${failed} (jobs.cleanup) rescheduled for now.`);
    const cancel = await simpul('jobs', 'cancel', waiting);
    expect(cancel.stderr).toContain(`Tugas ${waiting} (jobs.cleanup) dibatalkan.`);
    const again = await simpul('jobs', 'cancel', '999999', '--lang', 'en');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('Job 999999 is not in the queue.');
  }, 120_000);
});
