import Dexie, { type EntityTable } from 'dexie';
import type { FieldChange, FieldChangeResult, FieldPackage } from '../../../src/field/field.schema.ts';
import type { FieldProjectPackage } from '../../../src/field/field-research.schema.ts';

/** A centre's package as the phone keeps it. */
export interface StoredPackage {
  centerId: string;
  pkg: FieldPackage;
  /** The `ETag` it came with, sent back as `If-None-Match` on refresh. */
  etag: string | null;
  downloadedAt: string;
  /** Bytes of the JSON as stored (shown beside the download). */
  bytes: number;
}

/** A research project's package as the phone keeps it (informants by pseudonym with consent scopes). */
export interface StoredProjectPackage {
  projectId: string;
  pkg: FieldProjectPackage;
  /** The `ETag` it came with, sent back as `If-None-Match` on refresh. */
  etag: string | null;
  downloadedAt: string;
  /** Bytes of the JSON as stored. */
  bytes: number;
  /**
   * The user's role in the project when it was downloaded (`lead`, `coder`, `reader`): only a lead's notes
   * and consent changes are accepted, so the forms are offered to leads only. Absent on older copies.
   */
  myRole?: string | null;
}

/** Where a queued change stands on the phone. */
export type QueuedState = 'pending' | 'failed';

/** A change waiting on the phone: the wire change, its place in the queue and what to call it. */
export interface QueuedChange {
  /** Order of recording: changes are sent in this order. */
  seq?: number;
  change: FieldChange;
  clientChangeId: string;
  /** The centre of a centre kind (absent on the research kinds). */
  centerId?: string;
  /** The research project of a research kind (`research.note`, `informant.consent`). */
  projectId?: string;
  /**
   * The collector signed in when it was recorded: only they send it (after a session ended, someone else
   * signing in on the phone must not send it under their name). Absent on changes queued before it existed.
   */
  userId?: string;
  /** `pending` until the server answers; `failed` when it refused it (the result says why). */
  state: QueuedState;
  /** What the lists call it, e.g. "New firm Sepatu Jaya" (names as recorded). */
  label: { kind: string; params: Record<string, string> };
  result: FieldChangeResult | null;
}

/** A change the server confirmed (applied or kept as a conflict): removed from the queue, listed here. */
export interface SentChange {
  clientChangeId: string;
  label: QueuedChange['label'];
  result: FieldChangeResult;
  sentAt: string;
}

/** A form's values as typed, so nothing is lost when the phone locks or the page reloads. */
export interface Draft {
  key: string;
  values: Record<string, unknown>;
  savedAt: string;
}

/** The phone's field database (IndexedDB through Dexie). */
export class FieldDb extends Dexie {
  packages!: EntityTable<StoredPackage, 'centerId'>;
  changes!: EntityTable<QueuedChange, 'seq'>;
  sent!: EntityTable<SentChange, 'clientChangeId'>;
  drafts!: EntityTable<Draft, 'key'>;
  projectPackages!: EntityTable<StoredProjectPackage, 'projectId'>;

  constructor() {
    super('simpul-field');
    this.version(1).stores({
      packages: 'centerId',
      changes: '++seq, &clientChangeId, state, centerId',
      sent: 'clientChangeId, sentAt',
      drafts: 'key',
    });
    // Research projects' packages beside the centres' (issue #23, research half); changes by project too.
    this.version(2).stores({
      changes: '++seq, &clientChangeId, state, centerId, projectId',
      projectPackages: 'projectId',
    });
  }
}

/** The one database of the app. */
export const fieldDb = new FieldDb();
