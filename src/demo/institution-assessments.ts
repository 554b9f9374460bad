import type { Db } from '../db/database.ts';
import { recordAssessmentOn } from '../institution-assessment/assessment.service.ts';
import { QUESTIONNAIRE } from '../institution-assessment/questionnaire.ts';
import type { DemoDataset } from './dataset.ts';
import { demoId } from './ids.ts';

/** One demo assessment: whose, on what day, and one answer level for every 0–4 item (yes/no: yes from 2). */
interface DemoAssessmentSpec {
  institution: string;
  on: string;
  level: number;
}

/**
 * The demo's self-assessments (issue #20): one institution per tier — Koperasi Batur Jaya at Emas
 * (assessed twice, a year apart: the trend), the Kalisari tofu association at Perak, the Jepara furniture
 * association at Perunggu (its members' ties are too sparse for Perak's interaction floor), the Jepara
 * cluster forum below Perunggu. Scored against the demo's own live data on each day, so the tiers follow
 * from it (institution-assessments.test.ts checks one of each).
 */
const ASSESSMENTS: DemoAssessmentSpec[] = [
  { institution: 'Koperasi Batur Jaya', on: '2025-06-30', level: 2 },
  { institution: 'Koperasi Batur Jaya', on: '2026-06-30', level: 4 },
  { institution: 'Paguyuban Perajin Tahu Kalisari', on: '2026-06-30', level: 3 },
  { institution: 'Asosiasi Pengusaha Mebel dan Ukir Jepara', on: '2026-06-30', level: 2 },
  { institution: 'Forum Klaster Mebel Jepara', on: '2026-06-30', level: 0 },
];

const answersAt = (level: number) =>
  Object.fromEntries(QUESTIONNAIRE.map((i) => [i.id, i.scale === 'yes_no' ? (level >= 2 ? 1 : 0) : level]));

/** Stores the demo assessments once the institutions, members, ties and challenges are written. */
export async function addDemoAssessments(db: Db, dataset: DemoDataset): Promise<number> {
  const ids = new Map(
    dataset.batches.flatMap((b) => b.rows.institutions.map((i) => [i.name, i.id as string])),
  );
  let written = 0;
  for (const spec of ASSESSMENTS) {
    const institutionId = ids.get(spec.institution);
    if (!institutionId) continue;
    const id = demoId(dataset.seed, `assessment/${spec.institution}/${spec.on}`);
    written += await recordAssessmentOn(db, id, institutionId, spec.on, answersAt(spec.level));
  }
  return written;
}
