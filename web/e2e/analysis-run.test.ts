import { afterAll, describe, expect, it } from 'vitest';
import { startWorkers, type WorkerProcess } from '../../src/jobs/runner.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

describe.skipIf(skipBrowser)('the national recompute on the job queue screen', () => {
  const e2e = useE2e();
  let workers: WorkerProcess | undefined;
  afterAll(async () => {
    await workers?.stop(2_000);
  });

  it('lets an admin start a recompute of every centre and follow it to the end with a worker, in both languages', async () => {
    const { n } = await e2e.db
      .selectFrom('centers')
      .where('archived_at', 'is', null)
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const page = await e2e.signedInPage('admin');
    await page.goto('/antrean');
    const panel = page.getByTestId('analysis-run');
    await expect.poll(() => panel.textContent()).toContain('Belum pernah dijalankan.');

    workers = await startWorkers(e2e.url, { concurrency: 2, pollInterval: 100 });
    await page.getByRole('button', { name: 'Mulai analisis ulang' }).click();
    const run = panel.locator('[data-run]');
    await expect.poll(() => run.getAttribute('data-state'), { timeout: 60_000 }).toBe('finished');
    expect(await panel.getByTestId('run-progress').textContent()).toBe(`${n} dari ${n} sentra`);
    expect(await panel.textContent()).toContain('Selesai');
    expect(await panel.textContent()).toMatch(/sentra\/detik/);
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'analysis-run-id');

    await page.getByTestId('lang-en').click();
    await expect.poll(() => panel.getByTestId('run-progress').textContent()).toBe(`${n} of ${n} centres`);
    expect(await panel.textContent()).toContain('Finished');
    expect(await panel.textContent()).toMatch(/centres\/s/);
    await screenshot(page, 'analysis-run-en');
    // The queue's list names the chunk jobs by what they do.
    await page.getByLabel('State').selectOption('done');
    await expect
      .poll(() => page.getByTestId('jobs-table').textContent())
      .toContain('Analyse a chunk of centres (national run)');
    await page.context().close();
  }, 180_000);
});
