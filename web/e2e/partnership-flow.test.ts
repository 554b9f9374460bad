import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inDays } from '../../src/requests/requests.test-helpers.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

const SLOW = 240_000;

/** Issue #18, "Done when": the whole order-sharing flow on the demo data, through the screens, as each party. */
describe.skipIf(skipBrowser)('micro partnerships, end to end', () => {
  const e2e = useE2e();

  /** The firm the signed-in enterprise account speaks for (its scope, as the server reports it). */
  async function ownFirm(page: Page): Promise<string> {
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    return me.user.scopes.enterprises[0] as string;
  }

  /** Opens the request's page and waits until it shows `status`. */
  async function openDetail(page: Page, id: string, status: string) {
    await page.goto(`/permintaan/${id}`);
    await page.locator(`[data-testid=request-detail][data-status=${status}]`).waitFor();
  }

  /** The centre's collaboration-tie count as its Indikator tab shows it (the analysis of today's network). */
  async function collaborationTies(page: Page, centerId: string): Promise<string> {
    await page.goto(`/sentra/${centerId}?tab=indikator`);
    const value = page.getByTestId('panel-indikator').locator('[data-indicator=collaborationTies] .value');
    await value.waitFor();
    return (await value.textContent()) as string;
  }

  it(
    'an overloaded firm posts, sees ranked and explained candidates with a conflicted one set apart, invites; the invitee answers, the poster awards, both confirm and rate, and the tie is in the centre network',
    async () => {
      const center = await e2e.db
        .selectFrom('centers')
        .select(['id', 'name'])
        .where('name', '=', 'Sentra Sepatu Cibaduyut')
        .executeTakeFirstOrThrow();
      const poster = await e2e.newPage();
      await e2e.signInEmail(poster, 'ikm@simpul.demo');
      const maker = await e2e.newPage();
      await e2e.signInEmail(maker, 'ikm2@simpul.demo');
      const posterId = await ownFirm(poster);
      const makerId = await ownFirm(maker);
      const names = new Map(
        (
          await e2e.db
            .selectFrom('enterprises')
            .select(['id', 'name'])
            .where('id', 'in', [posterId, makerId])
            .execute()
        ).map((e) => [e.id, e.name]),
      );

      // A process the invitee masters, and another capable member of the same centre to be in conflict with.
      const process = await e2e.db
        .selectFrom('capability_processes')
        .select('process_code')
        .where('enterprise_id', '=', makerId)
        .orderBy('level', 'desc')
        .orderBy('process_code')
        .executeTakeFirstOrThrow();
      const rival = await e2e.db
        .selectFrom('capability_processes as p')
        .innerJoin('center_memberships as m', 'm.enterprise_id', 'p.enterprise_id')
        .innerJoin('enterprises as e', 'e.id', 'p.enterprise_id')
        .select(['e.id', 'e.name'])
        .where('p.process_code', '=', process.process_code)
        .where('m.center_id', '=', center.id)
        .where('m.valid_to', 'is', null)
        .where('p.enterprise_id', 'not in', [posterId, makerId])
        .orderBy('e.id')
        .executeTakeFirstOrThrow();

      // The conflict, recorded by an admin through the API: the rival undercuts the poster's prices.
      const admin = await e2e.signedInPage('admin');
      const conflict = await admin.evaluate(
        async ({ centerId, from, to, startDate }) => {
          const me = await (await fetch('/api/auth/me')).json();
          const response = await fetch('/api/interactions', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
            body: JSON.stringify({
              centerId,
              fromEnterpriseId: from,
              toEnterpriseId: to,
              type: 'PRICE_UNDERCUTTING',
              startDate,
              reportedBy: 'one_party',
            }),
          });
          return { status: response.status, body: await response.json() };
        },
        { centerId: center.id, from: rival.id, to: posterId, startDate: inDays(-30) },
      );
      expect(conflict.status, JSON.stringify(conflict.body)).toBe(201);
      await admin.context().close();

      // What the centre manager's screens show before the award.
      const manager = await e2e.signedInPage('center_manager');
      const tiesBefore = await collaborationTies(manager, center.id);

      // The overloaded firm posts a request for the process, aimed at its centre, open to invited firms only.
      await poster
        .getByRole('navigation', { name: 'Navigasi utama' })
        .getByRole('link', { name: 'Kemitraan' })
        .click();
      await poster.getByTestId('partnerships').getByRole('link', { name: 'Permintaan', exact: true }).click();
      await poster.goto('/permintaan/baru');
      await poster.getByTestId('request-form').waitFor();
      await poster.locator(`select[name=poster] option[value="${posterId}"]`).waitFor({ state: 'attached' });
      await poster.locator('select[name=poster]').selectOption(posterId);
      await poster.getByLabel('Produk', { exact: true }).fill('Sepatu pantofel 800 pasang');
      await poster.locator('input[name=processes]').fill(process.process_code);
      await poster.locator('input[name=quantity]').fill('800');
      await poster.locator('input[name=deadline]').fill(inDays(7));
      await poster.locator('input[name=delivery]').fill(inDays(30));
      await poster.locator('select[name=center]').selectOption({ label: center.name });
      await poster.locator('select[name=visibility]').selectOption('invited');
      await screenshot(poster, 'partnership-1-post');
      await poster.getByRole('button', { name: 'Simpan draf' }).click();
      await poster.getByTestId('request-detail').waitFor();
      const id = new URL(poster.url()).pathname.split('/').pop() as string;
      await poster.getByRole('button', { name: 'Kirim / buka' }).click();
      await poster.locator('[data-testid=request-detail][data-status=open]').waitFor();

      // Ranked, explained candidates; the rival set apart with its reason.
      const panel = poster.getByTestId('candidates-panel');
      const ranked = panel.getByTestId('candidates-ranked').locator(':scope > li');
      await ranked.first().waitFor();
      const candidate = panel.locator(`[data-testid=candidates-ranked] li[data-enterprise="${makerId}"]`);
      expect((await candidate.locator('.candidate-explanation').textContent())?.length).toBeGreaterThan(20);
      expect(await candidate.locator('.candidate-factors').textContent()).toMatch(/kemampuan \d+/);
      const apart = panel.getByTestId('candidates-apart').locator(`li[data-enterprise="${rival.id}"]`);
      expect(await apart.textContent()).toContain('Banting harga');
      expect(
        await panel.locator(`[data-testid=candidates-ranked] li[data-enterprise="${rival.id}"]`).count(),
      ).toBe(0);
      await candidate.scrollIntoViewIfNeeded();
      await screenshot(poster, 'partnership-2-candidates');

      // Invited from the candidate list.
      await candidate.getByRole('button', { name: 'Undang' }).click();
      await candidate.getByRole('button', { name: 'Undang' }).waitFor({ state: 'detached' });

      // The English version of the candidates panel, once.
      await poster.getByTestId('lang-en').click();
      await expect.poll(() => panel.locator('h2').first().textContent()).toBe('Candidates');
      expect(await panel.getByTestId('candidates-apart').locator('h3').textContent()).toBe(
        'Set apart: in conflict with the poster',
      );
      // The explanations come from the server in the reader's language: asked for again.
      await expect.poll(() => apart.textContent()).toContain('Price undercutting');
      expect(await axeCheck(poster)).toEqual([]);
      await screenshot(poster, 'partnership-2-candidates-en');
      await poster.getByTestId('lang-id').click();

      // The invitee answers as itself.
      await openDetail(maker, id, 'open');
      await maker.locator('input[name=quantityOffered]').fill('800');
      await maker.locator('input[name=readyOn]').fill(inDays(25));
      await maker.locator('input[name=unitPrice]').fill('65000');
      await screenshot(maker, 'partnership-3-answer');
      await maker.getByRole('button', { name: 'Kirim penawaran' }).click();
      await maker.getByTestId('answer-form').waitFor({ state: 'detached' });

      // The poster closes the answers and awards.
      await openDetail(poster, id, 'open');
      await expect.poll(() => poster.getByTestId('request-answers').locator('[data-answer]').count()).toBe(1);
      await poster.getByRole('button', { name: 'Tutup penawaran' }).click();
      await poster.getByTestId('award-form').waitFor();
      await poster.getByTestId('award-form').locator('input[type=number]').fill('800');
      await screenshot(poster, 'partnership-4-award');
      await poster.getByRole('button', { name: 'Berikan pesanan' }).click();
      await poster.locator('[data-testid=request-detail][data-status=awarded]').waitFor();

      // Both confirm delivery, both rate.
      await poster.getByRole('button', { name: 'Konfirmasi diterima (pemesan)' }).click();
      await poster.locator('[data-testid=request-detail][data-status=in_production]').waitFor();
      await openDetail(maker, id, 'in_production');
      await maker.getByRole('button', { name: 'Konfirmasi dikirim (pembuat)' }).click();
      await maker.locator('[data-testid=request-detail][data-status=delivered]').waitFor();
      await maker.getByTestId('rate-supplier').getByRole('button', { name: 'Kirim penilaian' }).click();
      await maker.getByTestId('rate-supplier').waitFor({ state: 'detached' });
      await openDetail(poster, id, 'delivered');
      await poster.getByTestId('rate-poster').getByRole('button', { name: 'Kirim penilaian' }).click();
      await poster.locator('[data-testid=request-detail][data-status=rated]').waitFor();
      await screenshot(poster, 'partnership-5-rated');

      // The new tie in the centre's network screen, and the indicators recomputed with it.
      await manager.goto(`/sentra/${center.id}?tab=jaringan`);
      // The tables under the drawing (its text alternative): folded, and the first 100 ties until "show all".
      const tables = manager.locator('details.network-tables');
      await tables.locator('summary').click({ timeout: 60_000 });
      const table = manager.getByTestId('network-ties-table');
      await table.waitFor();
      const showAll = tables.locator('p.small').filter({ has: manager.getByRole('button') });
      if ((await showAll.count()) > 0) await showAll.last().getByRole('button').click();
      const row = table
        .locator('tbody tr')
        .filter({ hasText: names.get(makerId) as string })
        .filter({ hasText: names.get(posterId) as string })
        .filter({ hasText: 'Oper pesanan' });
      await expect.poll(() => row.count(), { timeout: 30_000 }).toBeGreaterThan(0);
      // It is the award's tie: the network the screen drew from has it, from the poster to the maker.
      const award = await e2e.db
        .selectFrom('request_awards')
        .select('interaction_id')
        .where('request_id', '=', id)
        .executeTakeFirstOrThrow();
      const network = await manager.evaluate(
        async (centerId) => (await fetch(`/api/centers/${centerId}/network`)).json(),
        center.id,
      );
      expect(network.ties.find((x: { id: string }) => x.id === award.interaction_id)).toMatchObject({
        type: 'ORDER_SHARING',
        source: posterId,
        target: makerId,
      });
      await row.first().scrollIntoViewIfNeeded();
      await screenshot(manager, 'partnership-6-network');
      const tiesAfter = await collaborationTies(manager, center.id);
      expect(Number(tiesAfter.replace(/\D/g, ''))).toBe(Number(tiesBefore.replace(/\D/g, '')) + 1);
      await screenshot(manager, 'partnership-7-indicators');

      await manager.context().close();
      await poster.context().close();
      await maker.context().close();
    },
    SLOW,
  );
});
