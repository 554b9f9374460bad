import { describe, expect, it } from 'vitest';
import { certificationStatus, isStale } from '../capabilities/capability-facts.ts';
import { TAXONOMY_SEED } from '../capabilities/taxonomy-seed.ts';
import { DEMO_PROFILE_DAY } from './capabilities.data.ts';
import { DEFAULT_DEMO_SEED } from './demo-seed.ts';
import { buildDemoDataset } from './generate.ts';

const codes = new Set(TAXONOMY_SEED.flatMap((s) => s.processes.map(([p]) => `${s.code}.${p}`)));

describe('demo capability profiles', () => {
  const dataset = buildDemoDataset(DEFAULT_DEMO_SEED);
  const rows = dataset.batches.map((b) => b.rows);
  const all = <K extends 'capability_profiles' | 'capability_processes' | 'capability_certifications'>(
    k: K,
  ) => rows.flatMap((r) => r[k]);

  it('give every demo enterprise a profile whose processes are in the taxonomy, some stale, some certificates expired', () => {
    const enterprises = rows.flatMap((r) => r.enterprises.map((e) => e.id));
    const profiles = all('capability_profiles');
    expect(new Set(profiles.map((p) => p.enterprise_id))).toEqual(new Set(enterprises));
    const unknown = all('capability_processes').filter((p) => !codes.has(p.process_code));
    expect(unknown).toEqual([]);
    const stale = profiles.filter((p) => isStale(p.spare_confirmed_on ?? null, DEMO_PROFILE_DAY));
    expect(stale.length).toBeGreaterThan(profiles.length * 0.1);
    expect(stale.length).toBeLessThan(profiles.length * 0.9);
    const statuses = all('capability_certifications').map((c) =>
      certificationStatus(
        { validFrom: c.valid_from ?? null, validUntil: c.valid_until ?? null },
        DEMO_PROFILE_DAY,
      ),
    );
    expect(statuses).toContain('expired');
    expect(statuses).toContain('valid');
  });

  it('match each centre product: Cibaduyut lasts shoes, Trusmi makes batik, Jepara builds furniture', () => {
    const sectorsOf = (label: string) => {
      const batch = dataset.batches.find((b) => b.label.includes(label));
      return new Set(batch?.rows.capability_processes.map((p) => p.process_code.split('.')[0]));
    };
    expect(sectorsOf('Cibaduyut')).toEqual(new Set(['footwear']));
    expect(sectorsOf('Trusmi')).toEqual(new Set(['batik']));
    expect(sectorsOf('Jepara')).toEqual(new Set(['furniture']));
  });

  it('is the same for the same seed', () => {
    expect(buildDemoDataset(DEFAULT_DEMO_SEED).batches[1]?.rows.capability_processes).toEqual(
      dataset.batches[1]?.rows.capability_processes,
    );
  });
});
