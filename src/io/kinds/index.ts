import type { ImportKind } from '../io.schema.ts';
import { capabilitiesKind } from './capabilities.kind.ts';
import { centersKind } from './centers.kind.ts';
import { enterprisesKind } from './enterprises.kind.ts';
import { institutionsKind } from './institutions.kind.ts';
import type { KindDefinition } from './kind.ts';
import { membershipsKind } from './memberships.kind.ts';
import { nameGeneratorKind } from './name-generator.kind.ts';
import { tiesKind } from './ties.kind.ts';

/** Every importable kind by name. */
export const KINDS: Record<ImportKind, KindDefinition> = {
  enterprises: enterprisesKind,
  centers: centersKind,
  institutions: institutionsKind,
  memberships: membershipsKind,
  interactions: tiesKind,
  'name-generator': nameGeneratorKind,
  capabilities: capabilitiesKind,
};
