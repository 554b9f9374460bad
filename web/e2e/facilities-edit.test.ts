import { describe, expect, it } from 'vitest';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { openCenter, SLOW } from './page-helpers.ts';

describe.skipIf(skipBrowser)('recording a shared facility', () => {
  const e2e = useE2e();

  it(
    'a centre manager adds a facility, sees it listed, edits its capacity, and a negative one is refused at the field',
    async () => {
      const page = await e2e.signedInPage('center_manager');
      await openCenter(page, 'Cibaduyut');
      const section = page.getByTestId('center-facilities');
      const add = section.getByTestId('facility-add-form');
      await add.waitFor();

      // The server's words at the field, not the browser's: an empty name and a negative capacity.
      await add.locator('select[name=facilityKind]').selectOption('machine_pool');
      await add.locator('input[name=capacity]').fill('-3');
      await add.getByRole('button', { name: 'Tambah' }).click();
      await add.getByTestId('facility-form-error').waitFor();
      await expect.poll(() => add.locator('.field-error').count()).toBeGreaterThan(0);
      expect(await add.locator('input[name=name]').getAttribute('aria-invalid')).toBe('true');
      const none = await e2e.db
        .selectFrom('facilities')
        .select('id')
        .where('name', '=', 'Pusat mesin jahit sepatu')
        .execute();
      expect(none).toEqual([]);

      await add.locator('input[name=name]').fill('Pusat mesin jahit sepatu');
      await add.locator('input[name=capacity]').fill('4');
      await add.locator('input[name=capacityUnit]').fill('mesin');
      await add.getByRole('button', { name: 'Tambah' }).click();
      await expect.poll(() => add.getByRole('status').textContent()).toContain('Pusat mesin jahit sepatu');
      const link = section.getByRole('link', { name: 'Pusat mesin jahit sepatu' });
      await link.waitFor();
      await link.click();

      const edit = page.getByTestId('facility-edit-form');
      await edit.waitFor();
      expect(await edit.locator('input[name=capacity]').inputValue()).toBe('4');
      await edit.locator('input[name=capacity]').fill('-2');
      await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
      await edit.getByTestId('facility-form-error').waitFor();
      const capacityField = edit.locator('.field', { has: page.locator('input[name=capacity]') });
      const message = (await capacityField.locator('.field-error').textContent()) ?? '';
      expect(message).toContain('Kapasitas');
      expect(await edit.locator('input[name=capacity]').getAttribute('aria-invalid')).toBe('true');
      const unchanged = await e2e.db
        .selectFrom('facilities')
        .select(['capacity', 'version'])
        .where('name', '=', 'Pusat mesin jahit sepatu')
        .executeTakeFirstOrThrow();
      expect(unchanged).toEqual({ capacity: 4, version: 1 });
      expect(await axeCheck(page)).toEqual([]);
      await screenshot(page, 'facility-edit-refused');

      await edit.locator('input[name=capacity]').fill('6');
      await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
      await expect.poll(() => edit.getByRole('status').textContent()).toContain('Pusat mesin jahit sepatu');
      await expect
        .poll(() => page.locator('article.facility-page > p').nth(1).textContent())
        .toContain('6 mesin');
      const saved = await e2e.db
        .selectFrom('facilities')
        .select(['capacity', 'version'])
        .where('name', '=', 'Pusat mesin jahit sepatu')
        .executeTakeFirstOrThrow();
      expect(saved).toEqual({ capacity: 6, version: 2 });
    },
    SLOW,
  );
});
