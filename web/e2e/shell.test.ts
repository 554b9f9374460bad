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
    'Kemitraan',
    'Glosarium',
    'Kasus konflik',
  ],
  ministry: ['Ikhtisar', 'Perbandingan', 'Ekspor', 'Kemitraan', 'Glosarium'],
  regional_officer: [
    'Ikhtisar',
    'Perbandingan',
    'Input data',
    'Impor berkas',
    'Ekspor',
    'Kemitraan',
    'Glosarium',
    'Kasus konflik',
  ],
  center_manager: [
    'Ikhtisar',
    'Perbandingan',
    'Input data',
    'Kemitraan',
    'Lapangan',
    'Glosarium',
    'Kasus konflik',
  ],
  enterprise: ['Ikhtisar', 'Input data', 'Kemitraan', 'Glosarium', 'Kasus konflik', 'IKM saya'],
  researcher: ['Ikhtisar', 'Perbandingan', 'Kemitraan', 'Glosarium', 'Kasus konflik', 'Penelitian'],
  viewer: ['Ikhtisar', 'Glosarium'],
};

// What the partnership hub (/kemitraan) lists for a role, in Indonesian (the firm's profile link names its firm).
const HUB: Partial<Record<Role, (string | RegExp)[]>> = {
  admin: ['Permintaan', 'Beli bersama', 'Taksonomi proses', 'Kesepakatan harga', 'Buku desain'],
  center_manager: ['Permintaan', 'Beli bersama', 'Kesepakatan harga', 'Buku desain'],
  enterprise: ['Permintaan', 'Beli bersama', /^Profil kemampuan: .+/, 'Kesepakatan harga', 'Buku desain'],
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

  it.each(Object.entries(HUB) as [Role, (string | RegExp)[]][])(
    'gathers the partnership screens %s may use on one hub, each saying what it is for',
    async (role, expected) => {
      const page = await e2e.signedInPage(role);
      await page
        .getByRole('navigation', { name: 'Navigasi utama' })
        .getByRole('link', { name: 'Kemitraan' })
        .click();
      const hub = page.getByTestId('partnerships');
      await hub.waitFor();
      const titles = hub.locator('.card-title a');
      await expect.poll(() => titles.count()).toBe(expected.length);
      const texts = await titles.allTextContents();
      expect(texts).toEqual(expected.map((w) => (typeof w === 'string' ? w : expect.stringMatching(w))));
      // Each entry has its sentence.
      for (const text of await hub.locator('.card p').allTextContents())
        expect(text.length).toBeGreaterThan(30);
      expect(await axeCheck(page)).toEqual([]);
      if (role === 'enterprise') await screenshot(page, 'partnerships-hub');
      await titles.first().click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/permintaan');
      await page.context().close();
    },
  );

  it('keeps the API tokens reachable from the user box, by keyboard too', async () => {
    const page = await e2e.signedInPage('viewer');
    const link = page.getByTestId('signed-in-as').getByRole('link', { name: 'Token API' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Token API Anda' }).waitFor();
    expect(await link.getAttribute('aria-current')).toBe('page');
    await page.context().close();
  });

  it('switches the language to English and keeps it after a reload', async () => {
    const page = await e2e.signedInPage('researcher');
    await page.getByTestId('lang-en').click();
    expect(await page.locator('#main-nav ul a').allTextContents()).toEqual([
      'Overview',
      'Comparison',
      'Partnerships',
      'Glossary',
      'Conflict cases',
      'Research',
    ]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByTestId('signed-in-as').waitFor();
    expect(await page.locator('#main-nav ul a').allTextContents()).toEqual([
      'Overview',
      'Comparison',
      'Partnerships',
      'Glossary',
      'Conflict cases',
      'Research',
    ]);
    await page.getByTestId('lang-id').click();
    expect(await page.locator('#main-nav ul a').allTextContents()).toEqual([
      'Ikhtisar',
      'Perbandingan',
      'Kemitraan',
      'Glosarium',
      'Kasus konflik',
      'Penelitian',
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
