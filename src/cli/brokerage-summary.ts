/**
 * The brokerage table that `simpul network analyze --brokerage-groups` prints without `--json`: per
 * broker, each role's observed count, expected value and z-score, significant roles marked.
 */

import {
  BROKERAGE_ROLES,
  type BrokerageRole,
  type BrokerageScores,
  type BrokeredConflicts,
  type Graph,
} from '../analysis/index.ts';
import { BROKERAGE_ROLE_GLOSSARY } from '../shared/glossary-terms.ts';
import { type Message, tr } from '../shared/lang.ts';

/** z from which a role counts as more than chance, as in the centre analysis. */
export const CLI_BROKERAGE_Z = 1.96;
/** Brokers printed (most significant first); `--json` has them all. */
const SHOWN = 20;

// The roles as the glossary names them.
const ROLE: Record<BrokerageRole, Message> = {
  coordinator: BROKERAGE_ROLE_GLOSSARY.coordinator.term,
  itinerant: BROKERAGE_ROLE_GLOSSARY.itinerant.term,
  gatekeeper: BROKERAGE_ROLE_GLOSSARY.gatekeeper.term,
  representative: BROKERAGE_ROLE_GLOSSARY.representative.term,
  liaison: BROKERAGE_ROLE_GLOSSARY.liaison.term,
  total: { id: 'Total', en: 'Total' },
};

const fixed = (x: number) => x.toFixed(2);

/** The readable brokerage summary of `scores` (with `conflicts`) on `graph`. */
export function formatBrokerage(
  graph: Graph,
  scores: BrokerageScores,
  conflicts: BrokeredConflicts[],
): string {
  const lines = [
    tr(
      {
        id: 'Perantara Gould–Fernandez menurut {groups} kelompok (ikatan kolaborasi; kepadatan {d}); amatan / harapan / z, * bila z ≥ {z}',
        en: 'Gould–Fernandez brokerage by {groups} groups (collaboration ties; density {d}); observed / expected / z, * where z ≥ {z}',
      },
      { groups: scores.groups.length, d: scores.density.toFixed(4), z: CLI_BROKERAGE_Z },
    ),
  ];
  const order = scores.nodes
    .map((score, i) => ({ score, i }))
    .filter(({ score, i }) => score.observed.total > 0 || (conflicts[i]?.count ?? 0) > 0)
    .sort((a, b) => (b.score.z.total ?? -Infinity) - (a.score.z.total ?? -Infinity));
  for (const { score, i } of order.slice(0, SHOWN)) {
    const cells = BROKERAGE_ROLES.filter((r) => score.observed[r] > 0 || r === 'total').map((r) => {
      const z = score.z[r];
      const mark = z !== null && z >= CLI_BROKERAGE_Z ? '*' : '';
      return `${tr(ROLE[r])} ${score.observed[r]} / ${fixed(score.expected[r])} / ${z === null ? '—' : fixed(z)}${mark}`;
    });
    const conflict = conflicts[i]?.count ?? 0;
    const note =
      conflict > 0
        ? tr(
            { id: '; menjembatani {n} pasang yang berkonflik', en: '; brokers {n} pairs in conflict' },
            { n: conflict },
          )
        : '';
    lines.push(`  ${graph.ids[i]}: ${cells.join(', ')}${note}`);
  }
  if (order.length > SHOWN) {
    lines.push(
      tr(
        { id: '  … dan {n} perantara lain (--json)', en: '  … and {n} more brokers (--json)' },
        { n: order.length - SHOWN },
      ),
    );
  }
  return lines.join('\n');
}
