import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inDays } from '../../src/requests/requests.test-helpers.ts';
import { axeCheck, screenshot, skipBrowser, useE2e } from './harness.ts';

describe.skipIf(skipBrowser)('requests and order sharing', () => {
  const e2e = useE2e();

  /** Opens the request's page and waits until it shows `status` (a data attribute). */
  async function openDetail(page: Page, id: string, status?: string) {
    await page.goto(`/permintaan/${id}`);
    await page.getByTestId('request-detail').waitFor();
    if (status) await page.locator(`[data-testid=request-detail][data-status=${status}]`).waitFor();
  }

  it('a firm posts, another answers as itself, the poster awards, both confirm and rate, and the tie is in the network', async () => {
    const center = await e2e.db
      .selectFrom('centers')
      .select(['id', 'name'])
      .where('name', '=', 'Sentra Sepatu Cibaduyut')
      .executeTakeFirstOrThrow();
    const poster = await e2e.newPage();
    await e2e.signInEmail(poster, 'ikm@simpul.demo');
    await poster.goto('/permintaan/baru');
    await poster.getByTestId('request-form').waitFor();
    const firmOption = poster.locator('select[name=poster] option:not([value=""])').first();
    await firmOption.waitFor({ state: 'attached' });
    await poster
      .locator('select[name=poster]')
      .selectOption((await firmOption.getAttribute('value')) as string);
    await poster.getByLabel('Produk', { exact: true }).fill('Sepatu pantofel uji');
    await poster.locator('input[name=quantity]').fill('500');
    await poster.locator('input[name=deadline]').fill(inDays(7));
    await poster.locator('input[name=delivery]').fill(inDays(30));
    await poster.locator('select[name=center]').selectOption({ label: center.name });
    expect(await axeCheck(poster)).toEqual([]);
    await poster.getByRole('button', { name: 'Simpan draf' }).click();
    await poster.getByTestId('request-detail').waitFor();
    const id = new URL(poster.url()).pathname.split('/').pop() as string;
    await poster.getByRole('button', { name: 'Kirim / buka' }).click();
    await poster.locator('[data-testid=request-detail][data-status=open]').waitFor();

    const maker = await e2e.newPage();
    await e2e.signInEmail(maker, 'ikm2@simpul.demo');
    await openDetail(maker, id, 'open');
    await maker.locator('input[name=quantityOffered]').fill('500');
    await maker.locator('input[name=readyOn]').fill(inDays(25));
    await maker.locator('input[name=unitPrice]').fill('60000');
    await maker.getByRole('button', { name: 'Kirim penawaran' }).click();
    await maker.getByTestId('answer-form').waitFor({ state: 'detached' });

    await openDetail(poster, id, 'open');
    expect(await poster.getByTestId('request-answers').locator('[data-answer]').count()).toBe(1);
    await poster.getByRole('button', { name: 'Tutup penawaran' }).click();
    await poster.getByTestId('award-form').waitFor();
    await poster.getByTestId('award-form').locator('input[type=number]').fill('500');
    await screenshot(poster, 'requests-award');
    await poster.getByRole('button', { name: 'Berikan pesanan' }).click();
    await poster.locator('[data-testid=request-detail][data-status=awarded]').waitFor();
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
    expect(await axeCheck(poster)).toEqual([]);
    await screenshot(poster, 'requests-rated');

    const award = await e2e.db
      .selectFrom('request_awards')
      .select(['interaction_id', 'enterprise_id'])
      .where('request_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(award.interaction_id).not.toBeNull();
    // The centre's network as its manager reads it (firms do not read networks).
    const manager = await e2e.signedInPage('center_manager');
    const network = await manager.evaluate(
      async (centerId) => (await fetch(`/api/centers/${centerId}/network`)).json(),
      center.id,
    );
    const tie = network.ties.find((x: { id: string }) => x.id === award.interaction_id);
    expect(tie).toMatchObject({ type: 'ORDER_SHARING', target: award.enterprise_id, formality: 'written' });
    await manager.context().close();
    await poster.context().close();
    await maker.context().close();
  });
});
