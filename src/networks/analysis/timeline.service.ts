import { snapshotDay, snapshotYears } from '../../analysis/index.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { todayWib } from '../../shared/periods.ts';
import { analysisViewKey, networkTieScope } from '../access/network.policy.ts';
import { loadCenterNetworks, type NetworkVersions } from '../load/network.repo.ts';
import { etagOf, type StoredBody, storedBody } from '../view/body-cache.ts';
import type { CenterNetwork } from '../view/network.schema.ts';
import { loadAffiliations } from './analysis.repo.ts';
import { centerLayers } from './center-layers.ts';
import { type CenterSnapshot, centerTimeline } from './center-timeline.ts';
import { type CenterLayers, type CenterTimeline, CenterTimelineSchema } from './timeline.schema.ts';

/** The most recent years a timeline shows; a tie dated decades back does not make a request run long. */
export const MAX_TIMELINE_YEARS = 25;

const emptyNetwork = (centerId: string, at: string | null): CenterNetwork => ({
  centerId,
  at,
  nodes: [],
  ties: [],
});

/**
 * One centre's network as the analysis reads it for `actor`: only the ties the interaction policy lets
 * them see (as a restricted reader's centre analysis), so no layer or year reveals a hidden tie.
 */
async function visibleNetwork(db: Db, actor: Actor, centerId: string, at: string | null) {
  const networks = await loadCenterNetworks(db, [centerId], at, networkTieScope(actor));
  return networks.get(centerId) ?? emptyNetwork(centerId, at);
}

/** The tie-type layers of a centre on `at` (null: every tie ever) as `actor` sees them. */
export async function centerLayersFor(
  db: Db,
  actor: Actor,
  centerId: string,
  at: string | null,
): Promise<CenterLayers> {
  return centerLayers(await visibleNetwork(db, actor, centerId, at));
}

/**
 * A centre's yearly indicators as `actor` sees them: a snapshot each year from the first tie's start to
 * `today` (the last `MAX_TIMELINE_YEARS` of them), each loaded as the network on that day.
 */
export async function centerTimelineFor(
  db: Db,
  actor: Actor,
  centerId: string,
  today: string = todayWib(),
): Promise<CenterTimeline> {
  const all = await visibleNetwork(db, actor, centerId, null);
  const dates = all.ties.map((t) => ({ start: t.startDate, end: t.endDate }));
  const years = snapshotYears(dates, today).slice(-MAX_TIMELINE_YEARS);
  const snapshots: CenterSnapshot[] = [];
  for (const year of years) {
    const day = snapshotDay(year, today);
    const [network, affiliations] = await Promise.all([
      visibleNetwork(db, actor, centerId, day),
      loadAffiliations(db, [centerId], day),
    ]);
    snapshots.push({ year, day, network, affiliations: affiliations.get(centerId) ?? [] });
  }
  return { centerId, years: centerTimeline(snapshots) };
}

/**
 * The stored body of `centerTimelineFor`, rebuilt only when the centre's network or view version, the
 * ties the reader sees or the day change (view/body-cache.ts), as the centre's analysis is: a long
 * timeline of a large centre takes seconds, and is read again each time the panel is opened.
 */
export function storedCenterTimeline(
  db: Db,
  actor: Actor,
  centerId: string,
  { version, viewVersion }: NetworkVersions,
  today: string = todayWib(),
): Promise<StoredBody> {
  const etag = etagOf(['timeline', 1, centerId, today, version, viewVersion, analysisViewKey(db, actor)]);
  return storedBody(etag, async () =>
    CenterTimelineSchema.encode(await centerTimelineFor(db, actor, centerId, today)),
  );
}
