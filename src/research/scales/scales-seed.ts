import type { Db } from '../../db/database.ts';
import { SEED_SCALES } from './scales.constants.ts';
import { countInstruments, insertInstrument } from './scales.repo.ts';

/**
 * Writes version 1 of the four survey scales (DOMAIN.md §7.4) for a new project, as `seedCodebook` writes its
 * codebook; does nothing when the project already has instruments. Answers how many instruments it wrote.
 */
export async function seedInstruments(db: Db, projectId: string): Promise<number> {
  if ((await countInstruments(db, projectId)) > 0) return 0;
  for (const scale of SEED_SCALES) {
    await insertInstrument(
      db,
      { project_id: projectId, scale: scale.scale, number: 1, name: scale.name.id },
      scale.items.map((item, position) => ({
        position,
        key: item.key,
        text_id: item.text.id,
        text_en: item.text.en,
        reverse: item.reverse,
      })),
    );
  }
  return SEED_SCALES.length;
}
