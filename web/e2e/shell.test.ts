import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/roles.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

// What each role's navigation offers (web/src/app/routes.tsx, from the abilities of /api/auth/me), in Indonesian.
const NAV: Record<Role, string[]> = {
  admin: [
    'Ikhtisar',
    'Perbandingan',
    'Input data',
    'Impor berkas',
    'Ekspor',
    'Pengguna',
    'Token API',
    'Glosarium',
  ],
  ministry: ['Ikhtisar', 'Perbandingan', 'Ekspor', 'Token API', 'Glosarium'],
  regional_officer: [
    'Ikhtisar',
    'Perbandingan',
    'Input data',
    'Impor berkas',
    'Ekspor',
    'Token API',
    'Glosarium',
  ],
  center_manager: ['Ikhtisar', 'Perbandingan', 'Input data', 'Token API', 'Glosarium', 'Permintaan'],
  enterprise: ['Ikhtisar', 'Input data', 'Token API', 'Glosarium', 'IKM saya', 'Permintaan'],
  researcher: ['Ikhtisar', 'Perbandingan', 'Token API', 'Glosarium'],
  viewer: ['Ikhtisar', 'Token API', 'Glosarium'],
};

describe.skipIf(skipBrowser)('web shell', () => {
  const e2e = useE2e();

  it.each(Object.entries(NAV) as [Role, string[]][])(
    'shows %s only the screens it may use, and a no-access page for the others',
    async (role, expected) => {
      const page = await e2e.signedInPage(role);
      expect(await page.locator('#main-nav ul a').allTextContents()).toEqual(expected);
      if (!expected.includes('Impor berkas')) {
        await page.goto('/impor');
        await expect.poll(() => page.locator('main h1').textContent()).toBe('Tidak ada akses');
      }
      if (!expected.includes('Ekspor')) {
        await page.goto('/ekspor');
        await expect.poll(() => page.locator('main h1').textContent()).toBe('Tidak ada akses');
      }
      await page.context().close();
    },
  );

  it('keeps the top bar on one line at 1280 px for the roles with the most links, in both languages', async () => {
    for (const role of ['admin', 'regional_officer'] as const) {
      const page = await e2e.signedInPage(role);
      await page.setViewportSize({ width: 1280, height: 800 });
      for (const lang of ['id', 'en']) {
        await page.getByTestId(`lang-${lang}`).click();
        const tops = await page.locator('#main-nav ul a, .userbox button, .brand').evaluateAll((els) =>
          els.map((el) => {
            const box = el.getBoundingClientRect();
            return Math.round((box.top + box.bottom) / 2 / 20);
          }),
        );
        expect(new Set(tops).size, `${role} ${lang}: ${tops.join(',')}`).toBe(1);
        if (role === 'admin') await screenshot(page, `topbar-admin-${lang}`);
      }
      await page.context().close();
    }
  });

  it('switches the language to English and keeps it after a reload', async () => {
    const page = await e2e.signedInPage('researcher');
    await page.getByTestId('lang-en').click();
    expect(await page.locator('#main-nav ul a').allTextContents()).toEqual([
      'Overview',
      'Comparison',
      'API tokens',
      'Glossary',
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByTestId('signed-in-as').waitFor();
    expect(await page.locator('#main-nav ul a').allTextContents()).toEqual([
      'Overview',
      'Comparison',
      'API tokens',
      'Glossary',
    ]);
    await page.getByTestId('lang-id').click();
    expect(await page.locator('#main-nav ul a').allTextContents()).toEqual([
      'Ikhtisar',
      'Perbandingan',
      'Token API',
      'Glosarium',
    ]);
    await page.context().close();
  });

  it('says so when the code of a screen fails to load, and loads it on retry', async () => {
    const page = await e2e.signedInPage('admin');
    // The comparison screen's chunk cannot be fetched (the server is being updated), then it can.
    let broken = true;
    await page.route('**/assets/ComparePage-*.js', (route) =>
      broken ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
    );
    await page.getByRole('link', { name: 'Perbandingan' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Bagian aplikasi ini gagal dimuat');
    broken = false;
    await alert.getByRole('button', { name: 'Coba lagi' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Perbandingan sentra');
    await page.context().close();
  });

  it('has no serious or critical accessibility problems on the sign-in page and the overview', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.locator('#signin-email').waitFor();
    expect(await axeCheck(page)).toEqual([]);
    await e2e.signIn(page, 'ministry');
    await page.locator('main h1').waitFor();
    expect(await axeCheck(page)).toEqual([]);
    await page.context().close();
  });
});
