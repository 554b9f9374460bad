import { z } from 'zod';
import { DateSchema, IsoDateTimeSchema } from '../shared/dates.ts';
import { PageQuerySchema } from '../shared/pagination.ts';
import { multiLine, singleLine } from '../shared/text.ts';
import { MAX_TIERS, POOL_STATUSES } from './pools.constants.ts';

/** Where a pool stands; see `pools.rules.ts` for the allowed moves. */
export const PoolStatusSchema = z.enum(POOL_STATUSES);

/** One price tier as the board types it: from `minTotal` units pooled, `unitPrice` rupiah per unit. */
export const TierInputSchema = z
  .object({
    /** The pooled total from which this price applies. */
    minTotal: z.number().min(0).max(1e12),
    /** Rupiah per unit at this tier. */
    unitPrice: z.number().min(0).max(1e12),
  })
  .strict();

const poolFields = {
  /** What is bought together (kedelai, besi tua…). */
  material: singleLine().trim().min(1).max(200),
  /** The unit quantities are counted in (kg, ton, lembar). */
  unit: singleLine().trim().min(1).max(40),
  /** Who sells it. */
  supplierName: singleLine().trim().min(1).max(200),
  /** Price tiers by pooled total, minimum totals increasing. */
  tiers: z.array(TierInputSchema).min(1).max(MAX_TIERS),
  /** Rupiah per unit one member would pay buying alone; empty means the first tier's price. */
  priceAlone: z.number().min(0).max(1e12).nullish(),
  /** Last day members may pledge. */
  closingDate: DateSchema,
  /** The pool closes only when the pledges reach this total. */
  minimumTotal: z.number().positive().max(1e12),
  /** Delivery terms, payment, anything members should know. */
  notes: multiLine().max(5000).nullish(),
};

/** Body of `POST /api/pools`. */
export const PoolCreateSchema = z
  .object({
    /** The koperasi or paguyuban opening the pool. */
    institutionId: z.uuid(),
    /** The centre whose members the pool is for. */
    centerId: z.uuid(),
    ...poolFields,
  })
  .strict();
export type PoolCreate = z.infer<typeof PoolCreateSchema>;

/** Body of `PATCH /api/pools/:id` (only while open): any subset of fields plus the version last read. */
export const PoolUpdateSchema = z
  .object(poolFields)
  .partial()
  .extend({ version: z.number().int().positive() })
  .strict();
export type PoolUpdate = z.infer<typeof PoolUpdateSchema>;

/** Body of close, cancel and split: the version the client last read. */
export const PoolVersionSchema = z.object({ version: z.number().int().positive() }).strict();
export type PoolVersion = z.infer<typeof PoolVersionSchema>;

/** Body of `POST /api/pools/:id/pledges`: a member's quantity (pledging again replaces it). */
export const PledgeSchema = z
  .object({
    /** The member enterprise pledging. */
    enterpriseId: z.uuid(),
    /** How much it will take, in the pool's unit. */
    quantity: z.number().positive().max(1e12),
  })
  .strict();
export type Pledge = z.infer<typeof PledgeSchema>;

/** Body of `POST /api/pools/:id/withdraw`: the member withdrawing its pledge. */
export const WithdrawSchema = z.object({ enterpriseId: z.uuid() }).strict();
export type Withdraw = z.infer<typeof WithdrawSchema>;

/** Body of `POST /api/pools/:id/purchase`: what was actually bought. */
export const PurchaseSchema = z
  .object({
    version: z.number().int().positive(),
    /** Day of the purchase. */
    purchasedOn: DateSchema,
    /** Total bought, in the pool's unit. */
    totalQuantity: z.number().positive().max(1e12),
    /** Rupiah per unit actually paid. */
    unitPrice: z.number().min(0).max(1e12),
    /** Total paid; empty means quantity × unit price. */
    totalCost: z.number().min(0).max(1e15).nullish(),
  })
  .strict();
export type Purchase = z.infer<typeof PurchaseSchema>;

/** Query of `GET /api/pools`. */
export const PoolListQuerySchema = PageQuerySchema.pick({ limit: true, offset: true })
  .extend({
    centerId: z.uuid().optional(),
    institutionId: z.uuid().optional(),
    status: PoolStatusSchema.optional(),
  })
  .strict();
export type PoolListQuery = z.infer<typeof PoolListQuerySchema>;

/** A tier as shown: reached by the pledged total, and the one that applies now. */
export const TierSchema = z.object({
  minTotal: z.number(),
  unitPrice: z.number(),
  reached: z.boolean(),
  current: z.boolean(),
});

/** One member's part at the current price: quantity, cost, cost alone and the saving. */
export const ShareSchema = z.object({
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  quantity: z.number(),
  cost: z.number(),
  costAlone: z.number(),
  savings: z.number(),
  pledgedAt: IsoDateTimeSchema,
});
export type Share = z.infer<typeof ShareSchema>;

/** What was bought, and when it was split. */
export const PurchaseRecordSchema = z.object({
  purchasedOn: z.string(),
  totalQuantity: z.number(),
  unitPrice: z.number(),
  totalCost: z.number(),
  splitOn: z.string().nullable(),
});

/** A pool as listed. */
export const PoolSummarySchema = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  institutionName: z.string(),
  centerId: z.uuid(),
  centerName: z.string(),
  material: z.string(),
  unit: z.string(),
  supplierName: z.string(),
  status: PoolStatusSchema,
  closingDate: z.string(),
  minimumTotal: z.number(),
  pledgedTotal: z.number(),
  members: z.number().int(),
  currentUnitPrice: z.number(),
});
export type PoolSummary = z.infer<typeof PoolSummarySchema>;

/** A member firm the reader may pledge for. */
export const PledgeOptionSchema = z.object({ enterpriseId: z.uuid(), enterpriseName: z.string() });

/** A pool with its tiers (current marked), members' shares, savings, purchase and split. */
export const PoolSchema = PoolSummarySchema.extend({
  tiers: z.array(TierSchema),
  /** The price alone as given, or null when the first tier's price stands for it. */
  priceAlone: z.number().nullable(),
  /** The price a member would pay alone, as used for savings. */
  singleBuyerPrice: z.number(),
  notes: z.string().nullable(),
  /** The next tier and how much more must be pledged to reach it; null at the top tier. */
  nextTier: z.object({ minTotal: z.number(), unitPrice: z.number(), missing: z.number() }).nullable(),
  shares: z.array(ShareSchema),
  totals: z.object({ cost: z.number(), costAlone: z.number(), savings: z.number() }),
  purchase: PurchaseRecordSchema.nullable(),
  /** Each member's part of the split delivery (empty until split). */
  deliveries: z.array(
    z.object({ enterpriseId: z.uuid(), enterpriseName: z.string(), quantity: z.number(), cost: z.number() }),
  ),
  /** The JOINT_PURCHASING ties the split recorded or linked. */
  tieIds: z.array(z.uuid()),
  /** The institution's current members the reader may pledge for (empty unless the pool is open). */
  pledgeOptions: z.array(PledgeOptionSchema),
  /** Whether the reader may run this pool (close, cancel, record the purchase, split). */
  mayManage: z.boolean(),
  version: z.number().int(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Pool = z.infer<typeof PoolSchema>;
