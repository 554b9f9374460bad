import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { currentLang } from '../../shared/i18n.ts';
import { todayWib } from '../../shared/periods.ts';
import { firmsWithReadableProfile } from '../access/network.policy.ts';
import { centerNetworkFor } from '../view/network.service.ts';
import type { BrokerageGrouping, BrokerageModel, CenterBrokerage } from './brokerage.schema.ts';
import { loadFirmGroupFacts } from './brokerage-groups.repo.ts';
import { nodeGroups } from './brokerage-groups.ts';
import { centerBrokerage, centerCommunities } from './center-brokerage.ts';

/**
 * A centre's brokerage by `grouping` as `actor` may see it, computed on demand and never stored: only the
 * ties they may read, firms under pseudonyms where they must not see names, and a firm's registry facts
 * (village, KBLI, workers, memberships) only where they may read its profile; the others count as
 * "not recorded". The caller checked that the centre exists and is readable.
 */
export async function centerBrokerageFor(
  db: Db,
  actor: Actor,
  pseudonymKey: string,
  centerId: string,
  grouping: BrokerageGrouping,
  at: string | undefined,
  model: BrokerageModel = 'random-graph',
): Promise<CenterBrokerage> {
  const network = await centerNetworkFor(db, actor, pseudonymKey, centerId, at);
  const lang = currentLang();
  const year = Number((at ?? todayWib()).slice(0, 4));
  if (grouping === 'community') {
    const community = centerCommunities(network);
    return centerBrokerage(
      network,
      grouping,
      nodeGroups(network, grouping, { community, year, lang }),
      model,
    );
  }
  const firms = network.nodes.filter((n) => n.kind === 'enterprise').map((n) => n.id);
  const readable = await firmsWithReadableProfile(db, actor, firms);
  const facts = await loadFirmGroupFacts(db, [...readable], at ?? null);
  return centerBrokerage(network, grouping, nodeGroups(network, grouping, { facts, year, lang }), model);
}
