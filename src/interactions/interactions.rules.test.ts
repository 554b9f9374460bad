import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { INTERACTION_TYPE_CODES, INTERACTION_TYPES, LEGAL_PATTERN_CODES } from './interaction-types.ts';
import { normaliseEnds, resolveValence, type TieShape, tieProblems } from './interactions.rules.ts';

const LOW = '11111111-1111-4111-8111-111111111111';
const HIGH = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const shape = (overrides: Partial<TieShape>): TieShape => ({
  fromEnterpriseId: HIGH,
  toEnterpriseId: LOW,
  toInstitutionId: null,
  type: 'FAIR_COMPETITION',
  startDate: '2024-01-01',
  endDate: null,
  ...overrides,
});

describe('tie rules', () => {
  it('puts the smaller id first for symmetric types only', () => {
    for (const code of [
      'JOINT_PURCHASING',
      'JOINT_PROMOTION',
      'SHARED_WASTE_TREATMENT',
      'FAIR_COMPETITION',
    ] as const) {
      expect(normaliseEnds(shape({ type: code }))).toMatchObject({
        fromEnterpriseId: LOW,
        toEnterpriseId: HIGH,
      });
    }
    expect(normaliseEnds(shape({ type: 'DESIGN_COPYING' }))).toMatchObject({ fromEnterpriseId: HIGH });
    expect(INTERACTION_TYPES.filter((t) => t.symmetric).map((t) => t.code)).toEqual([
      'JOINT_PURCHASING',
      'JOINT_PROMOTION',
      'SHARED_WASTE_TREATMENT',
      'RESOURCE_COMPETITION',
      'FAIR_COMPETITION',
    ]);
  });

  it('derives valence from the type and lets SPIN_OFF alone choose', () => {
    expect(resolveValence('INFORMAL_CREDIT', undefined)).toEqual({ valence: 'collaboration' });
    expect(resolveValence('FAIR_COMPETITION', undefined)).toEqual({ valence: 'coopetition' });
    expect(resolveValence('SPIN_OFF', 'conflict')).toEqual({ valence: 'conflict' });
    expect(resolveValence('SPIN_OFF', 'coopetition').problem?.path).toBe('valence');
    expect(resolveValence('BUYER_POACHING', 'collaboration').problem?.path).toBe('valence');
  });

  it('treats the end day as excluded, so a one-day tie ends the next day', () => {
    expect(tieProblems(shape({ endDate: '2024-01-02' }))).toEqual([]);
    expect(tieProblems(shape({ endDate: '2024-01-01' })).map((p) => p.path)).toEqual(['endDate']);
  });
});

describe('interactions table', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.drop());

  it('accepts exactly the catalogue codes (the migration keeps its own copy)', async () => {
    const { rows } = await sql<{ def: string }>`
      SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE conrelid = 'interactions'::regclass AND contype = 'c'`.execute(database.db);
    const quoted = (def: string) => [...def.matchAll(/'([A-Za-z_]+)'/g)].map((m) => m[1]);
    const typeCheck = rows.find((r) => r.def.includes('TOLL_MANUFACTURING'));
    const patternCheck = rows.find((r) => r.def.includes('nucleus_plasma'));
    expect(quoted(typeCheck?.def ?? '').sort()).toEqual([...INTERACTION_TYPE_CODES].sort());
    expect(quoted(patternCheck?.def ?? '').sort()).toEqual([...LEGAL_PATTERN_CODES].sort());
  });
});
