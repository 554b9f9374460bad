// `simpul network analyze FILE --brokerage-groups COLUMN_OR_FILE`: Gould–Fernandez brokerage of a network
// file by the given groups, with expected values and z-scores, counted on collaboration ties only.
import {
  BROKERAGE_ROLES,
  brokerageScores,
  brokeredConflicts,
  type Graph,
  permutationBrokerageScores,
  positiveLayer,
} from '../analysis/index.ts';
import { readNodeGroups } from '../formats/node-groups.ts';
import { networkFormatOf } from '../formats/read-network.ts';
import { translatingAnalysisErrors } from '../shared/analysis-messages.ts';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { CLI_BROKERAGE_Z, formatBrokerage } from './brokerage-summary.ts';

/** The brokerage of `graph` (read from `file`) by the groups `options.brokerageGroups` names: JSON and text. */
export async function fileBrokerage(
  graph: Graph,
  file: string,
  options: { brokerageGroups?: string; brokerageModel?: string; format?: string },
) {
  const model = options.brokerageModel ?? 'random-graph';
  if (model !== 'random-graph' && model !== 'permutation') {
    const message = tr({
      id: '--brokerage-model harus random-graph atau permutation',
      en: '--brokerage-model must be random-graph or permutation',
    });
    throw new AppError('validation_failed', message, [{ path: '--brokerage-model', message }]);
  }
  const format = networkFormatOf(file, options.format);
  const groups = await readNodeGroups(options.brokerageGroups ?? '', file, format);
  const score = model === 'permutation' ? permutationBrokerageScores : brokerageScores;
  const scores = translatingAnalysisErrors(() => score(positiveLayer(graph), { groups }));
  const conflicts = brokeredConflicts(graph);
  const json = {
    model,
    density: scores.density,
    threshold: CLI_BROKERAGE_Z,
    groups: scores.groups,
    nodes: scores.nodes.map((score, i) => ({
      id: graph.ids[i] as string,
      group: groups.get(graph.ids[i] as string) as string,
      ...score,
      significant: BROKERAGE_ROLES.filter((r) => (score.z[r] ?? 0) >= CLI_BROKERAGE_Z),
      conflicts: conflicts[i],
    })),
  };
  return { json, text: formatBrokerage(graph, scores, conflicts) };
}
