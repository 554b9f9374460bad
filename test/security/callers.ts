import { ANONYMOUS, type TestContext } from '../app.ts';
import type { Caller } from './matrix.ts';
import type { World } from './world.ts';

/** Headers that act as `caller`; scoped roles are scoped to the world's Kota Bandung side. */
export async function headersOf(
  ctx: TestContext,
  caller: Caller,
  world: World,
): Promise<Record<string, string>> {
  switch (caller) {
    case 'anonymous':
      return ANONYMOUS;
    case 'regional_officer':
      return ctx.as('regional_officer', { regions: ['32.73'] });
    case 'center_manager':
      return ctx.as('center_manager', { centers: [world.in.centerId] });
    case 'enterprise':
      return ctx.as('enterprise', { enterprises: [world.in.enterpriseId] });
    default:
      return ctx.as(caller);
  }
}
