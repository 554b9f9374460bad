import type {
  CreatedAt,
  DateColumn,
  Id,
  Json,
  NullableDate,
  NullableNumeric,
  NullableTimestamp,
  Numeric,
  UpdatedAt,
  Version,
} from '../db/column-types.ts';

/** One price tier: from `minTotal` units pooled, the supplier sells at `unitPrice` (rupiah per unit). */
export interface StoredTier {
  minTotal: number;
  unitPrice: number;
}

/** A joint purchasing pool opened by a koperasi or paguyuban for one material (migration 0016). */
export interface PoolsTable {
  id: Id;
  institution_id: string;
  center_id: string;
  material: string;
  unit: string;
  supplier_name: string;
  /** Ordered by `minTotal`, strictly increasing. */
  tiers: Json<StoredTier[]>;
  /** What one member would pay per unit alone; null means the first tier's price. */
  price_alone: NullableNumeric;
  closing_date: DateColumn;
  minimum_total: Numeric;
  notes: string | null;
  status: 'open' | 'closed' | 'purchased' | 'split' | 'cancelled';
  opened_by: string | null;
  closed_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
  version: Version;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** A member enterprise's pledge; one per enterprise and pool, withdrawn by a timestamp (kept for the trail). */
export interface PoolPledgesTable {
  id: Id;
  pool_id: string;
  enterprise_id: string;
  quantity: Numeric;
  pledged_by: string | null;
  withdrawn_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** What the pool bought, once; `split_on` is set when the delivery was split among members. */
export interface PoolPurchasesTable {
  pool_id: string;
  purchased_on: DateColumn;
  total_quantity: Numeric;
  unit_price: Numeric;
  total_cost: Numeric;
  recorded_by: string | null;
  split_on: NullableDate;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

/** One member's part of the split delivery: quantity received and cost owed. */
export interface PoolDeliveriesTable {
  id: Id;
  pool_id: string;
  enterprise_id: string;
  quantity: Numeric;
  cost: Numeric;
}

/** A JOINT_PURCHASING tie the pool's split recorded (or found already recorded). */
export interface PoolTiesTable {
  pool_id: string;
  interaction_id: string;
}
