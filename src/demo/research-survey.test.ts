import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.ts';
import type { Actor } from '../auth/actor.ts';
import { scaleResults } from '../research/scales/results.service.ts';
import { insertSurveyWorld } from '../research/scales/scales.test-helpers.ts';
import { seedResearchSurvey } from './research-survey.ts';

const ctx = useTestApp();
const SYSTEM = { kind: 'system', label: 'test' } as const satisfies Actor;

describe('the demo survey', () => {
  it('answers two waves for twenty firms with plausible α (0.6–0.85) on every scale, once', async () => {
    const { projectId } = await insertSurveyWorld(ctx.db);
    const written = await seedResearchSurvey(ctx.db, projectId);
    expect(written).toBe(20 * 2 * 4);
    expect(await seedResearchSurvey(ctx.db, projectId)).toBe(0);
    const results = await scaleResults(ctx.db, SYSTEM, 'demo-key', projectId, undefined);
    expect(results.waves).toEqual(['2024-1', '2025-1']);
    expect(results.alphas).toHaveLength(8);
    for (const row of results.alphas) {
      expect(row.alpha, `${row.scale} ${row.wave}`).toBeGreaterThanOrEqual(0.6);
      expect(row.alpha, `${row.scale} ${row.wave}`).toBeLessThanOrEqual(0.85);
      expect(row.respondents).toBeGreaterThan(12);
    }
    expect(results.scores).toHaveLength(40);
    // Destructive conflict leans against cooperation across firms.
    const first = results.scores.filter((s) => s.wave === '2024-1');
    const pairs = first.map((s) => [s.scores[0]?.score ?? 3, s.scores[2]?.score ?? 3] as const);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const mx = mean(pairs.map((p) => p[0]));
    const my = mean(pairs.map((p) => p[1]));
    expect(mean(pairs.map(([x, y]) => (x - mx) * (y - my)))).toBeLessThan(0);
  });
});
