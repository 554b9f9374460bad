import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { CaseNetworkEffect } from '../../src/cases/case-network-effect.schema.ts';
import type { Case } from '../../src/cases/cases.schema.ts';
import type { CenterAnalysis } from '../../src/networks/analysis/analysis.schema.ts';
import { sweepDueReminders } from '../../src/notifications/reminders.ts';
import { formatMeasure } from '../../src/shared/measure-format.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';
import { apiGet, openCenter, SLOW } from './page-helpers.ts';

/** A day in Jakarta, `days` from today. */
const day = (days = 0) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const today = () => day(0);
/**
 * The agreement was reached yesterday and its commitment fell due yesterday: its reminder (08:00 WIB on the
 * due day) is due whatever the hour the test runs.
 */
const agreedOn = day(-1);

describe.skipIf(skipBrowser)('a mediated agreement and the centre network', () => {
  const e2e = useE2e();

  it(
    'ends the conflict, the commitment reminder reaches the inbox, and the frustration index falls',
    async () => {
      const page = await e2e.signedInPage('center_manager');
      const { center } = await openCenter(page, 'Cibaduyut');
      const panel = page.getByTestId('analysis-panel');
      const frustrationCard = panel.locator('[data-indicator=frustration] .value');
      await frustrationCard.waitFor({ timeout: 60_000 });
      // The panel analyses every tie ever recorded unless the reader asks for the ties active today.
      await panel.getByLabel('Hubungan yang dianalisis').selectOption('today');
      const analysis = await apiGet<CenterAnalysis>(page, `/centers/${center.id}/analysis?at=${today()}`);
      expect(analysis.indicators.frustration).toBeGreaterThan(0);
      const shown = (n: number | null | undefined) => formatMeasure('id', 'frustration', n ?? null);
      await expect.poll(() => frustrationCard.textContent()).toBe(shown(analysis.indicators.frustration));
      // A conflict inside a camp: resolving it must lower the index (the same split then breaks one tie less).
      const target = analysis.frustratedTies.find((f) => f.reason === 'conflict_within_camp');
      if (!target) throw new Error('the demo centre has no conflict inside a camp');
      const pairTies = await sql<{ id: string }>`
        SELECT id FROM interactions WHERE valence = 'conflict' AND archived_at IS NULL AND end_date IS NULL
          AND ((from_enterprise_id = ${target.source} AND to_enterprise_id = ${target.target})
            OR (from_enterprise_id = ${target.target} AND to_enterprise_id = ${target.source}))`.execute(
        e2e.db,
      );
      const created = await page.evaluate(
        async (body) => {
          const me = await (await fetch('/api/auth/me')).json();
          const response = await fetch('/api/cases', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: JSON.stringify(body),
          });
          return { status: response.status, body: await response.json() };
        },
        {
          centerId: center.id,
          caseType: target.type,
          title: 'Perselisihan dua bengkel sepatu',
          description: 'Dua bengkel yang bekerja untuk juragan yang sama saling menjatuhkan.',
          parties: [
            { partyKind: 'enterprise', partyId: target.source, side: 'complainant' },
            { partyKind: 'enterprise', partyId: target.target, side: 'respondent' },
          ],
          interactionIds: pairTies.rows.map((r) => r.id),
        },
      );
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const caseId = (created.body as Case).id;

      await page.goto(`/kasus/${caseId}`);
      const reached = (s: string) => page.locator(`[data-testid=case-page][data-status=${s}]`).waitFor();
      await reached('reported');
      for (const [label, status] of [
        ['verifikasi', 'verifying'],
        ['mediasi dijadwalkan', 'mediation_scheduled'],
        ['mediasi berlangsung', 'in_mediation'],
      ] as const) {
        await page.getByRole('button', { name: `Pindahkan ke "${label}"` }).click();
        await reached(status);
      }
      const agreement = page.getByTestId('case-agreement-form');
      await agreement.getByLabel('Tanggal kesepakatan').fill(agreedOn);
      await agreement.getByLabel('Isi kesepakatan').fill('Keduanya berhenti saling menjatuhkan harga.');
      const row = agreement.getByTestId('commitment-row');
      await row.getByLabel('Siapa').fill('Kedua bengkel');
      await row.getByLabel('Janji', { exact: true }).fill('Memakai daftar harga bersama');
      await row.getByLabel('Tenggat').fill(agreedOn);
      await agreement.getByRole('checkbox').check();
      await agreement.getByRole('button', { name: 'Simpan kesepakatan' }).click();
      await reached('agreed');

      // The case page shows the network on the day before the agreement and on its day.
      const effect = page.getByTestId('case-network-effect');
      await effect.waitFor();
      const api = await apiGet<CaseNetworkEffect>(page, `/cases/${caseId}/network-effect`);
      expect(api.endedTies).toBe(pairTies.rows.length);
      expect(api.before?.frustration).toBe(analysis.indicators.frustration);
      expect(api.after?.frustration ?? 0).toBeLessThan(api.before?.frustration ?? 0);
      const frustrationRow = effect.getByRole('row', { name: /^Indeks frustrasi/ });
      expect(await frustrationRow.locator('[data-side=before]').textContent()).toContain(
        shown(api.before?.frustration),
      );
      expect(await axeCheck(page)).toEqual([]);
      await effect.scrollIntoViewIfNeeded();
      await screenshot(page, 'case-network-effect');

      // The scheduled sweep (every minute in production) fires the commitment that fell due: the inbox has it.
      await sweepDueReminders(e2e.db);
      await page.reload();
      await page.getByTestId('notification-bell').click();
      await page.getByTestId('inbox').waitFor();
      await expect
        .poll(() => page.getByTestId('inbox').textContent())
        .toContain('Memakai daftar harga bersama');

      // Closing the case; the network page now shows the lower index.
      await page.goto(`/kasus/${caseId}`);
      await page.getByLabel('Hasil akhir').fill('Harga bersama dipakai lagi.');
      await page.getByRole('button', { name: 'Tutup dengan hasil ini' }).click();
      await reached('closed');
      await page.goto(`/sentra/${center.id}`);
      await frustrationCard.waitFor({ timeout: 60_000 });
      await panel.getByLabel('Hubungan yang dianalisis').selectOption('today');
      await expect
        .poll(() => frustrationCard.textContent(), { timeout: 60_000 })
        .toBe(shown(api.after?.frustration));
      expect(await axeCheck(page)).toEqual([]);
      await panel.scrollIntoViewIfNeeded();
      await screenshot(page, 'network-analysed-today');

      await page.getByTestId('lang-en').click();
      await page.goto(`/kasus/${caseId}`);
      await expect
        .poll(() => page.getByTestId('case-network-effect').textContent())
        .toContain('Frustration index');
      await screenshot(page, 'case-network-effect-en');
    },
    SLOW,
  );
});
