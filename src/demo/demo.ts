import type { Db } from '../db/database.ts';

export interface DemoOptions {
  seed?: number;
  /** Delete all registry data first. */
  reset?: boolean;
  onProgress?: (message: string) => void;
}

/** Loads the deterministic demo dataset; returns a one-line summary. (Filled in by the demo generator.) */
export async function loadDemo(_db: Db, _options: DemoOptions = {}): Promise<string> {
  throw new Error('demo generator not written yet');
}
