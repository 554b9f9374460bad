import type { Db } from '../db/database.ts';
import type { CenterAnalysis } from '../networks/analysis/analysis.schema.ts';
import type { CenterNetwork } from '../networks/view/network.schema.ts';
import { institutionFacts, memberFacts, recentRecordCounts, workerFacts } from './ecosystem.repo.ts';

/** One proxy's reading for one centre: its value (null: not recorded), how many records it rests on, the data's year. */
export interface ProxyReading {
  value: number | null;
  n: number | null;
  year: number | null;
}

/** What every proxy provider may read: the compared centres, the dates, their networks and analyses as the reader sees them. */
export interface ProxyContext {
  db: Db;
  centerIds: readonly string[];
  today: string;
  /** Three years before today: the window of "new" and "recent". */
  since3y: string;
  /** One year before today: the window of an "active" board. */
  since1y: string;
  networks: Map<string, CenterNetwork>;
  analyses: Map<string, CenterAnalysis>;
  /** Runs each shared query once per request, however many proxies read it. */
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/** A context whose shared queries run once. */
export function proxyContext(base: Omit<ProxyContext, 'memo'>): ProxyContext {
  const cache = new Map<string, Promise<unknown>>();
  return {
    ...base,
    memo<T>(key: string, load: () => Promise<T>) {
      if (!cache.has(key)) cache.set(key, load());
      return cache.get(key) as Promise<T>;
    },
  };
}

/** The shared per-centre facts, each queried once. */
export const facts = {
  members: (c: ProxyContext) => c.memo('members', () => memberFacts(c.db, c.centerIds, c.today, c.since3y)),
  institutions: (c: ProxyContext) =>
    c.memo('institutions', () => institutionFacts(c.db, c.centerIds, c.today, c.since1y)),
  records: (c: ProxyContext) => c.memo('records', () => recentRecordCounts(c.db, c.centerIds, c.since3y)),
  workers: (c: ProxyContext) => c.memo('workers', () => workerFacts(c.db, c.centerIds, c.today)),
};

/** `count ÷ of` as a reading resting on `of` records; not recorded when `of` is 0. */
export function ratio(count: number, of: number, year: number | null): ProxyReading {
  return { value: of > 0 ? count / of : null, n: of, year };
}
