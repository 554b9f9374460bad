/**
 * Proof that the analysis core is pure (issue #14): it bundles for the browser with no Node built-in
 * and nothing from outside `src/analysis`, and the bundle runs in a Web Worker in headless Chromium,
 * giving the same analysis as Node, number for number. The what-if simulation will run it that way.
 */

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../web/e2e/chromium.ts';
import { analyzeNetwork, betweenness, type GraphInput } from '../analysis/index.ts';
import { fixtureGraph, loadFixture } from '../analysis/testing/reference-fixtures.ts';

const LIBRARY = fileURLToPath(new URL('../analysis/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// The worker: builds each graph it is sent, analyses it and answers; errors travel as code and params.
const WORKER_SOURCE = `
import { AnalysisError, analyzeNetwork, betweenness, buildGraph } from './index.ts';
self.onmessage = ({ data }) => {
  const answers = data.map((input) => {
    const graph = buildGraph(input);
    return { analysis: analyzeNetwork(graph, { seed: 1 }), betweenness: Array.from(betweenness(graph)) };
  });
  let error = null;
  try {
    buildGraph({ nodes: ['a', 'a'], edges: [], directed: false });
  } catch (thrown) {
    error = thrown instanceof AnalysisError ? { code: thrown.code, params: thrown.params } : String(thrown);
  }
  self.postMessage({ answers, error });
};
`;

/**
 * Bundles for the browser either the library's index or the worker above; esbuild fails on any `node:`
 * import, which a browser cannot resolve.
 */
async function bundleForBrowser(entry: 'index' | 'worker') {
  const result = await build({
    ...(entry === 'index'
      ? { entryPoints: [path.join(LIBRARY, 'index.ts')] }
      : { stdin: { contents: WORKER_SOURCE, resolveDir: LIBRARY, sourcefile: 'worker.ts', loader: 'ts' } }),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]?.text ?? '', inputs: Object.keys(result.metafile.inputs) };
}

function fixtureInput(name: string): GraphInput {
  const fixture = loadFixture(name);
  return {
    nodes: fixture.nodes,
    edges: fixture.edges.map(([source, target, weight, sign]) => ({ source, target, weight, sign })),
    directed: fixture.directed,
  };
}

const FIXTURES = ['karate', 'signed-unbalanced'];
const required = process.env.SIMPUL_REQUIRE_BROWSER === '1';
const browserSkipReason = existsSync(CHROMIUM) ? null : `${CHROMIUM} not found; .ci/run installs it`;
if (browserSkipReason && !required) console.warn(`SKIPPED analysis-in-browser test: ${browserSkipReason}`);

describe('the analysis core in a browser', () => {
  it('bundles src/analysis for the browser from its own files only', async () => {
    const { code, inputs } = await bundleForBrowser('index');
    expect(code).toContain('analyzeNetwork');
    expect(inputs.length).toBeGreaterThan(30);
    expect(inputs.filter((input) => !path.resolve(ROOT, input).startsWith(LIBRARY))).toEqual([]);
  });

  it.skipIf(browserSkipReason !== null && !required)(
    'runs in a Web Worker in headless Chromium and gives what Node gives',
    { timeout: 120_000 },
    async () => {
      if (browserSkipReason) throw new Error(`required by SIMPUL_REQUIRE_BROWSER but ${browserSkipReason}`);
      const { code } = await bundleForBrowser('worker');
      const inputs = FIXTURES.map(fixtureInput);
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      try {
        const page = await browser.newPage();
        // A made-up origin served from memory: no server, and the page may start module workers.
        await page.route('http://analysis.test/**', (route) =>
          route.fulfill(
            route.request().url().endsWith('/worker.js')
              ? { contentType: 'text/javascript', body: code }
              : { contentType: 'text/html', body: '<!doctype html><title>analysis</title>' },
          ),
        );
        await page.goto('http://analysis.test/');
        const fromBrowser = await page.evaluate(
          (graphs) =>
            new Promise<unknown>((resolve, reject) => {
              const worker = new Worker('/worker.js', { type: 'module' });
              worker.onmessage = ({ data }) => resolve(data);
              worker.onerror = (event) => reject(new Error(event.message));
              worker.postMessage(graphs);
            }),
          inputs,
        );
        const fromNode = {
          answers: FIXTURES.map((name) => {
            const graph = fixtureGraph(loadFixture(name));
            return {
              analysis: analyzeNetwork(graph, { seed: 1 }),
              betweenness: Array.from(betweenness(graph)),
            };
          }),
          error: {
            code: 'invalid_input',
            params: { problems: [expect.objectContaining({ path: 'nodes.1' })] },
          },
        };
        // Same engine, same seeded algorithms: equal to the last bit, whole analyses included.
        expect(fromBrowser).toEqual(fromNode);
        // And right: NetworkX's betweenness of the karate club's instructor.
        const karate = (fromBrowser as typeof fromNode).answers[0];
        expect(karate?.betweenness[0]).toBeCloseTo(0.43763528138528146, 12);
      } finally {
        await browser.close();
      }
    },
  );
});
