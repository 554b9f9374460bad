import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSimpul } from '../../test/cli.ts';

// No database on purpose: `network analyze` must not need one.
const simpul = (...args: string[]) => runSimpul(args);
const folder = mkdtempSync(path.join(os.tmpdir(), 'simpul-structure-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// A directed star into a (every leaf gives to a), one returned arc a→b, and a weighted conflict b→c.
const file = path.join(folder, 'star.csv');
writeFileSync(file, 'source,target,sign\nb,a,1\nc,a,1\nd,a,1\ne,a,1\na,b,1\nb,c,-1\n');

describe('simpul network analyze: reciprocity, centralization and strength', () => {
  it('prints them in --json with the hand-computed values', async () => {
    const run = await simpul('network', 'analyze', file, '--signed', '--directed', '--json');
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    // Six arcs, two of them (a↔b) returned: 1/3 per tie; one mutual pair of five: 1/5 per pair.
    expect(result.graph.reciprocity.edgeBased).toBeCloseTo(1 / 3, 12);
    expect(result.graph.reciprocity.dyadBased).toBeCloseTo(1 / 5, 12);
    // Collaboration layer: in-degree a 4/4, b 1/4, others 0 → Σ(1 − c) = ¾ + 3 = 15/4, ÷ (n−1) = 4 → 15/16.
    expect(result.graph.centralization.inDegree).toBeCloseTo(15 / 16, 12);
    expect(result.graph.centralization.degree).toBeNull();
    const b = result.nodes.find((n: { id: string }) => n.id === 'b');
    expect(b).toMatchObject({ strength: 3, positiveStrength: 2, negativeStrength: 1 });
  });

  it('prints a reciprocity and a centralization line in both languages', async () => {
    const id = await simpul('network', 'analyze', file, '--signed', '--directed');
    expect(id.stdout).toContain('Resiprositas: 33,3% per ikatan, 20% per pasangan');
    expect(id.stdout).toMatch(/Sentralisasi Freeman \(lapisan kerja sama\): derajat masuk 0,94, keluar /);
    const en = await simpul('network', 'analyze', file, '--signed', '--directed', '--lang', 'en');
    expect(en.stdout).toContain('Reciprocity: 33.3% per tie, 20% per pair');
    expect(en.stdout).toMatch(/Freeman centralization \(collaboration layer\): degree in 0.94, out /);
  });
});
