import { describe, expect, it } from 'vitest';
import { buildDemoDataset } from './generate.ts';

describe('demo price agreements', () => {
  const rows = buildDemoDataset(1).batches.map((b) => b.rows);

  it('has one flagged agreement and one that is not, each consented by current members only', () => {
    const agreements = rows.flatMap((r) => r.price_agreements);
    expect(agreements.map((a) => a.flag).sort()).toEqual(['clear', 'flagged']);
    for (const batch of rows) {
      for (const agreement of batch.price_agreements) {
        const consents = batch.price_agreement_consents.filter((c) => c.agreement_id === agreement.id);
        expect(consents.length).toBeGreaterThanOrEqual(3);
        const members = new Set(
          batch.institution_memberships
            .filter((m) => m.institution_id === agreement.institution_id)
            .map((m) => m.enterprise_id),
        );
        for (const consent of consents) expect(members.has(consent.enterprise_id)).toBe(true);
        const inputs = JSON.parse(String(agreement.flag_inputs)) as { verdict: string }[];
        expect(inputs).toHaveLength(consents.length);
        expect(inputs.some((v) => v.verdict === 'not_small')).toBe(agreement.flag === 'flagged');
      }
    }
  });
});
