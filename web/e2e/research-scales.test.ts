import { describe, expect, it } from 'vitest';
import { seedResearchSurvey } from '../../src/demo/research-survey.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

describe.skipIf(skipBrowser)('survey scales', () => {
  const e2e = useE2e();

  it('shows the instruments, α per scale × wave and scores beside positions; enters and imports answers, in both languages', async () => {
    const db = e2e.db;
    const researcher = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'peneliti@simpul.demo')
      .executeTakeFirstOrThrow();
    const center = await db
      .selectFrom('centers')
      .select('id')
      .where('external_id', '=', 'DEMO-CIBADUYUT')
      .executeTakeFirstOrThrow();
    const project = await db
      .insertInto('research_projects')
      .values({ name: 'Survei skala uji' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('research_project_centers')
      .values({ project_id: project.id, center_id: center.id })
      .execute();
    await db
      .insertInto('research_project_members')
      .values({ project_id: project.id, user_id: researcher.id, role: 'lead' })
      .execute();
    expect(await seedResearchSurvey(db, project.id)).toBeGreaterThan(0);

    const page = await e2e.signedInPage('researcher');
    await page.goto(`${e2e.baseUrl}/penelitian/proyek/${project.id}/skala`);
    await expect.poll(() => page.getByTestId('scale-instrument').count()).toBe(4);
    expect(await page.getByTestId('scales-page').textContent()).toContain(
      'Kami saling memberi kabar tentang pesanan dengan IKM lain di sentra ini.',
    );
    await expect.poll(() => page.getByTestId('scale-alpha-row').count()).toBe(8);
    expect(await page.getByTestId('scale-alphas').textContent()).toMatch(/Kerja sama.*0,[6-8]\d*/);
    expect(await page.getByTestId('scale-score-row').count()).toBe(20);
    // Firms are named as the network page names them to a researcher: pseudonyms.
    expect(await page.getByTestId('scale-scores').textContent()).toMatch(/IKM-[0-9a-f]{8}/);

    // One questionnaire by hand, for a firm of the centre in a new wave.
    const entry = page.getByTestId('survey-entry');
    const firm = entry.getByLabel('IKM', { exact: true });
    const firstFirm = await firm.locator('option').nth(1).getAttribute('value');
    await firm.selectOption(firstFirm ?? '');
    await entry.getByLabel('Gelombang survei').fill('2025-2');
    await entry.getByLabel(/^coop1\./).selectOption('4');
    await entry.getByLabel(/^coop2\./).selectOption('5');
    await entry.getByLabel(/^dest1\./).selectOption('2');
    await entry.getByRole('button', { name: 'Simpan jawaban' }).click();
    await expect.poll(() => page.getByTestId('survey-saved').textContent()).toContain('2 jawaban skala');
    // The same again is refused at the wave field.
    await entry.getByLabel(/^coop1\./).selectOption('3');
    await entry.getByRole('button', { name: 'Simpan jawaban' }).click();
    await expect.poll(() => entry.locator('[role=alert]').textContent()).toContain('sudah punya jawaban');

    // A bad CSV: every problem listed by row and column, nothing imported.
    const upload = page.getByTestId('survey-upload');
    await upload.locator('input[type=file]').setInputFiles({
      name: 'gelombang.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`ikm;gelombang;coop1;coop2\n${firstFirm};2026-1;6;\nIKM-00000000;2026-1;3;3\n`),
    });
    await upload.getByRole('button', { name: 'Impor' }).click();
    const problems = page.getByTestId('survey-upload-error');
    await expect.poll(() => problems.textContent()).toContain('Baris 2, kolom 3 (coop1)');
    expect(await problems.textContent()).toContain('Baris 3, kolom 1 (IKM)');
    expect(await axeCheck(page)).toEqual([]);
    await page.getByTestId('scale-alphas').scrollIntoViewIfNeeded();
    await screenshot(page, 'research-scales');

    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Survey scales');
    await expect.poll(() => page.getByTestId('scale-alphas').textContent()).toMatch(/Cooperation.*0\.[6-8]/);
    expect(await page.getByTestId('scales-page').textContent()).toContain(
      'We pass on news of orders to other firms in this sentra.',
    );
    await upload.locator('input[type=file]').setInputFiles({
      name: 'latin1.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`ikm;gelombang;coop1\n${firstFirm};Gelombang \xe9;3\n`, 'latin1'),
    });
    await upload.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => problems.textContent()).toContain('not UTF-8');
    expect(await axeCheck(page)).toEqual([]);
    await page.getByTestId('scale-alphas').scrollIntoViewIfNeeded();
    await screenshot(page, 'research-scales-en');
    await page.getByTestId('lang-id').click();

    // The lead rewords an item: an empty wording is refused at its field; a good one makes version 2.
    await page.getByRole('button', { name: 'Ubah butir coop1' }).click();
    const form = page.getByTestId('survey-item-form');
    await form.getByLabel('Butir (Bahasa Indonesia)').fill('');
    await form.getByRole('button', { name: 'Simpan butir' }).click();
    await expect.poll(() => form.textContent()).toContain('Butir (Bahasa Indonesia)');
    await form.getByLabel('Butir (Bahasa Indonesia)').fill('Kami berbagi kabar pesanan dengan IKM lain.');
    await form.getByRole('button', { name: 'Simpan butir' }).click();
    await expect.poll(() => page.getByTestId('scale-instrument').count()).toBe(5);
    expect(await page.getByTestId('scales-page').textContent()).toContain(
      'Kami berbagi kabar pesanan dengan IKM lain.',
    );
    const versions = await db
      .selectFrom('research_instruments')
      .select('number')
      .where('project_id', '=', project.id)
      .where('scale', '=', 'cooperation')
      .orderBy('number')
      .execute();
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
  });
});
