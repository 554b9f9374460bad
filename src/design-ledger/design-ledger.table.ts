import type { ColumnType } from 'kysely';
import type { CreatedAt, Id, NullableDate } from '../db/column-types.ts';

/** A bigint column; pg returns text for int8, so the repo casts where it needs a number. */
type BigIntText = ColumnType<string | number, string | number, never>;

/** One design or motif in the ledger, a link of the global hash chain (migration 0024). */
export interface DesignRecordsTable {
  id: Id;
  /** Position in the chain, from 1. */
  seq: BigIntText;
  enterprise_id: string;
  center_id: string | null;
  region_code: string | null;
  title: string;
  description: string | null;
  category: string;
  first_published_on: NullableDate;
  /** The server's clock at recording; part of the hashed content. */
  recorded_at: ColumnType<Date, Date, never>;
  recorded_by: string | null;
  previous_hash: string;
  record_hash: string;
  verification_code: string;
  created_at: CreatedAt;
}

/** One normalised image of a design record, with its hashes and perceptual-hash bands. */
export interface DesignImagesTable {
  id: Id;
  record_id: string;
  position: number;
  sha256: string;
  original_sha256: string;
  /**
   * The 64-bit perceptual hash as a signed bigint. The pool's int8 parser makes a JS number of it, which
   * loses bits above 2^53: every read casts it to text (`phash::text`).
   */
  phash: BigIntText;
  band0: number;
  band1: number;
  band2: number;
  band3: number;
  width: number;
  height: number;
  media_type: string;
}

/** The bytes of a normalised image and its thumbnail, kept out of the audit trail. */
export interface DesignImageFilesTable {
  image_id: string;
  content: Buffer;
  thumbnail: Buffer;
}
