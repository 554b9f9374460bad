import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject, vi } from 'vitest';
import { loadPseudonymKey } from '../../src/auth/pseudonym.ts';
import type { Role } from '../../src/auth/roles.ts';
import type { Db } from '../../src/db/database.ts';
import { loadDemo } from '../../src/demo/demo.ts';
import { createDemoUsers } from '../../src/demo/demo-users.ts';
import { buildApp } from '../../src/http/app.ts';
import type { SimpulApp } from '../../src/http/types.ts';
import { WEB_DIST } from '../../src/http/web.ts';
import { TEST_CONFIG } from '../../test/app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

// A browser test waits on a real server, browser and database on a 2-core machine that other test files
// share: generous limits, so a loaded machine makes the suite slower, not red.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 300_000, expect: { poll: { timeout: 30_000 } } });

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOT_DIR = path.join(ROOT, 'docs/screenshots');

const required = process.env.SIMPUL_REQUIRE_BROWSER === '1';
/** Why browser tests cannot run here, or null when they can. */
export const browserSkipReason = existsSync(CHROMIUM) ? null : `${CHROMIUM} not found; .ci/run installs it`;
/** True when the browser tests of a file should be skipped (Chromium missing and not required). */
export const skipBrowser = browserSkipReason !== null && !required;
if (skipBrowser) console.warn(`SKIPPED browser tests: ${browserSkipReason}`);

/** Email of each role's demo account (src/demo/demo-users.ts). */
const DEMO_EMAIL: Record<Role, string> = {
  admin: 'admin@simpul.demo',
  ministry: 'kemenperin@simpul.demo',
  regional_officer: 'dinas.bandung@simpul.demo',
  center_manager: 'pengelola.cibaduyut@simpul.demo',
  enterprise: 'ikm@simpul.demo',
  researcher: 'peneliti@simpul.demo',
  viewer: 'tamu@simpul.demo',
};

export interface E2eContext {
  /** The app's address, e.g. `http://127.0.0.1:40123`. */
  baseUrl: string;
  db: Db;
  /** Connection string of the demo database (for workers of the job queue, which the app does not run). */
  url: string;
  app: SimpulApp;
  browser: Browser;
  /** A fresh page (1280×800) in its own browser context, so sessions do not leak between tests. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Signs `page` in as the demo account of `role` and waits for the app shell. */
  signIn(page: Page, role: Role): Promise<void>;
  /** Signs `page` in as the demo account `email` (e.g. the second firm's, ikm2@simpul.demo). */
  signInEmail(page: Page, email: string): Promise<void>;
  /** A fresh page (as newPage) signed in as `role`. */
  signedInPage(role: Role, viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * Registers hooks that give the test file a demo database (the demo dataset and one account per role), the
 * app with the built web served on a free port, and one Chromium. Fields are filled in `beforeAll`.
 */
export function useE2e(): E2eContext {
  let database: TestDatabase | undefined;
  const passwords = new Map<string, string>();
  const context = {} as E2eContext;
  beforeAll(async () => {
    if (browserSkipReason) throw new Error(`required by SIMPUL_REQUIRE_BROWSER but ${browserSkipReason}`);
    await ensureWebBuild();
    database = await createTestDatabase();
    context.db = database.db;
    context.url = database.url;
    await loadDemo(database.db);
    for (const user of await createDemoUsers(database.db)) {
      passwords.set(user.email, user.password);
    }
    context.app = await buildApp(
      { db: database.db, mode: inject('databaseMode'), pseudonymKey: await loadPseudonymKey(database.db) },
      TEST_CONFIG,
      { webRoot: WEB_DIST },
    );
    const address = await context.app.listen({ port: 0, host: '127.0.0.1' });
    context.baseUrl = address;
    context.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context.newPage = async (viewport = { width: 1280, height: 800 }) => {
      const browserContext = await context.browser.newContext({
        viewport,
        baseURL: context.baseUrl,
        // axe-core is injected as an inline script, which the app's CSP (rightly) forbids.
        bypassCSP: true,
      });
      browserContext.setDefaultTimeout(60_000);
      return browserContext.newPage();
    };
    context.signIn = (page, role) => context.signInEmail(page, DEMO_EMAIL[role]);
    context.signInEmail = async (page, email) => {
      const password = passwords.get(email);
      if (!password) throw new Error(`no demo password for ${email}`);
      await page.goto('/');
      await page.locator('#signin-email').fill(email);
      await page.locator('#signin-password').fill(password);
      await page.locator('form button[type=submit]').click();
      const outcome = await Promise.race([
        // Attached, not visible: on a phone the user box sits in the closed menu.
        page
          .getByTestId('signed-in-as')
          .waitFor({ state: 'attached' })
          .then(() => null),
        page
          .locator('.signin [role=alert]')
          .waitFor()
          .then(() => page.locator('.signin [role=alert]').textContent()),
      ]);
      if (outcome !== null) throw new Error(`sign-in as ${email} failed: ${outcome}`);
    };
    context.signedInPage = async (role, viewport) => {
      const page = await context.newPage(viewport);
      await context.signIn(page, role);
      return page;
    };
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.app?.close();
    await database?.drop();
  });
  return context;
}

/** One accessibility violation axe-core reports, with the elements it found it on. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

const AXE_SOURCE = () => readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page and returns its serious and critical violations (an empty list passes). */
export async function axeCheck(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE() });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const results = await axe.run();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  });
}

/** Saves `docs/screenshots/<name>.png` (1280×800 viewport) when SIMPUL_SCREENSHOTS=1; otherwise nothing. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SIMPUL_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/**
 * Builds the web app into dist/web when it is missing (`npm test` builds it in `pretest`). A lock folder
 * keeps two test files from building into the same folder at once.
 */
async function ensureWebBuild(): Promise<void> {
  const index = path.join(WEB_DIST, 'index.html');
  if (existsSync(index)) return;
  const lock = path.join(ROOT, 'dist/.web-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(index)) return;
      if (waited > 120_000) throw new Error(`waited 2 minutes for another test's web build (${lock})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (existsSync(index)) return;
    const { build } = await import('vite');
    await build({ configFile: path.join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
