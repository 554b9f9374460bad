import { ANONYMOUS, type TestContext } from '../app.ts';
import { CALLERS } from './matrix.ts';
import type { World } from './world.ts';

/**
 * The readers the content and field checks run as: the matrix's callers and, last, a researcher granted
 * `personalDataAccess` (who must see real values where a plain researcher sees pseudonyms).
 */
export const READERS = [...CALLERS, 'researcher_personal'] as const;
export type Reader = (typeof READERS)[number];

/** Headers of `reader`, scoped to the world's `in` side (Kota Bandung, its centre, its enterprise). */
export function headersOf(ctx: TestContext, reader: Reader, world: World): Promise<Record<string, string>> {
  switch (reader) {
    case 'anonymous':
      return Promise.resolve(ANONYMOUS);
    case 'regional_officer':
      return ctx.as('regional_officer', { regions: ['32.73'] });
    case 'center_manager':
      return ctx.as('center_manager', { centers: [world.in.centerId] });
    case 'enterprise':
      return ctx.as('enterprise', { enterprises: [world.in.enterpriseId] });
    case 'researcher_personal':
      return ctx.as('researcher', {}, { personalDataAccess: true });
    default:
      return ctx.as(reader);
  }
}

/** The character of `reader` in a rule string written in `READERS` order (the matrix's 8, then one more). */
export function ruleFor(rule: string, reader: Reader): string {
  const char = rule[READERS.indexOf(reader)];
  if (char === undefined) throw new Error(`rule "${rule}" has no column for ${reader}`);
  return char;
}
