import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'react';
import type { FieldPackage } from '../../../src/field/field.schema.ts';
import { fieldDb, type StoredPackage } from './field-db.ts';
import { buildIndex, type MemberIndex, type PickableFirm, packageFirms } from './member-search.ts';

/** The value of an IndexedDB query, kept current as the database changes (Dexie's liveQuery). */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what `query` depends on.
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => setValue(undefined) });
    return () => subscription.unsubscribe();
  }, [...deps]);
  return value;
}

/** Whether the browser thinks it is online, updated on the online/offline events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}

/** A centre's stored package, its firms (with those recorded on this phone) and their search index. */
export interface CenterData {
  stored: StoredPackage | null;
  pkg: FieldPackage | null;
  index: MemberIndex;
}

/** The centre's package and the firms the pickers offer, indexed once per change of either. */
export function useCenterData(centerId: string): CenterData | undefined {
  const stored = useLive(() => fieldDb.packages.get(centerId), [centerId]);
  const created = useLive(
    () =>
      fieldDb.changes
        .where('centerId')
        .equals(centerId)
        .filter((c) => c.change.kind === 'enterprise.create')
        .toArray(),
    [centerId],
  );
  return useMemo(() => {
    if (stored === undefined && created === undefined) return undefined;
    const local: PickableFirm[] = (created ?? []).flatMap((c) =>
      c.change.kind === 'enterprise.create'
        ? [
            {
              id: null,
              clientChangeId: c.clientChangeId,
              name: c.change.payload.name,
              owner: c.change.payload.ownerName,
              villageName: null,
              products: c.change.payload.products ?? null,
              version: null,
              pending: true,
            },
          ]
        : [],
    );
    const firms = stored ? packageFirms(stored.pkg) : [];
    return { stored: stored ?? null, pkg: stored?.pkg ?? null, index: buildIndex([...local, ...firms]) };
  }, [stored, created]);
}
