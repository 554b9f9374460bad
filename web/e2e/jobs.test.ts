import { describe, expect, it } from 'vitest';
import { JobError } from '../../src/jobs/job-error.ts';
import { addJob, failJobs } from '../../src/jobs/jobs.repo.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

describe.skipIf(skipBrowser)('the job queue screen', () => {
  const e2e = useE2e();

  it('shows an admin the waiting and failed jobs with their error, in Indonesian and English, and retries and cancels', async () => {
    // No worker runs here: the demo's analysis jobs wait; one more job failed with a worded error.
    const failed = await addJob(e2e.db, 'jobs.cleanup', {}, { runAt: new Date(Date.now() + 3_600_000) });
    const words = { id: 'Server surel menolak pesan.', en: 'The mail server refused the message.' };
    await failJobs(e2e.db, [failed], new JobError(words).message);
    const waiting = await addJob(e2e.db, 'jobs.cleanup', {}, { runAt: new Date(Date.now() + 3_600_000) });

    const page = await e2e.signedInPage('admin');
    await page.getByRole('link', { name: 'Pengguna' }).click();
    await page.getByRole('link', { name: 'Antrean tugas' }).click();
    const table = page.getByTestId('jobs-table');
    const row = (id: string) => table.locator(`tr[data-job="${id}"]`);
    await expect.poll(() => row(failed).textContent()).toContain('Server surel menolak pesan.');
    expect(await row(failed).textContent()).toContain('Gagal');
    expect(await table.textContent()).toContain('Hitung ulang analisis sentra');
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'jobs-queue');

    await page.getByRole('button', { name: `Batalkan tugas ${waiting}` }).click();
    await expect.poll(() => row(waiting).textContent()).toContain('Dibatalkan oleh admin.');
    await page.getByRole('button', { name: `Jalankan lagi tugas ${failed}` }).click();
    await expect.poll(() => row(failed).locator('[data-state]').getAttribute('data-state')).toBe('waiting');

    await page.getByTestId('lang-en').click();
    await expect.poll(() => row(waiting).textContent()).toContain('Cancelled by an admin.');
    expect(await row(waiting).textContent()).toContain('Failed');
    await page.getByLabel('State').selectOption('failed');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await page.context().close();
  });

  it('leads from a job to its steps in the audit trail: queued, then cancelled by the admin', async () => {
    const job = await addJob(e2e.db, 'jobs.cleanup', {}, { runAt: new Date(Date.now() + 3_600_000) });
    const page = await e2e.signedInPage('admin');
    await page.goto('/antrean');
    await page.getByRole('button', { name: `Batalkan tugas ${job}` }).click();
    await expect
      .poll(() => page.locator(`tr[data-job="${job}"]`).textContent())
      .toContain('Dibatalkan oleh admin.');
    await page.getByRole('link', { name: `Riwayat tugas ${job} dalam jejak audit` }).click();
    const list = page.getByTestId('history-list');
    await expect.poll(() => list.locator('li').count()).toBe(2);
    const [cancelled, queued] = await list.locator('li').allTextContents();
    expect(cancelled).toContain('Dibatalkan oleh admin');
    expect(cancelled).toContain('@');
    expect(cancelled).toContain('Bersihkan catatan tugas lama');
    expect(queued).toContain('Masuk antrean');
    expect(await axeCheck(page)).toEqual([]);
    await screenshot(page, 'job-history');
    await page.context().close();
  });

  it('is not offered to anyone but an admin', async () => {
    const page = await e2e.signedInPage('regional_officer');
    await page.getByTestId('signed-in-as').waitFor({ state: 'attached' });
    expect(await page.getByRole('link', { name: 'Antrean tugas' }).count()).toBe(0);
    await page.goto('/antrean');
    await expect.poll(() => page.getByTestId('jobs-page').count()).toBe(0);
    await page.context().close();
  });
});
