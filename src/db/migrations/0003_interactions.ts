import { type Kysely, sql } from 'kysely';

// Literal copies (not imports) so this migration stays what it was when applied; a new type code needs a
// new migration that widens the CHECK.
const TYPES = [
  'TOLL_MANUFACTURING',
  'SUBCONTRACT',
  'ORDER_SHARING',
  'MATERIAL_SUPPLY',
  'COMPONENT_SUPPLY',
  'CONSIGNMENT',
  'JOINT_PURCHASING',
  'EQUIPMENT_SHARING',
  'LABOUR_SHARING',
  'KNOWLEDGE_SHARING',
  'SPIN_OFF',
  'INFORMAL_CREDIT',
  'JOINT_PROMOTION',
  'ORDER_AGGREGATION',
  'SHARED_WASTE_TREATMENT',
  'PRICE_UNDERCUTTING',
  'DESIGN_COPYING',
  'MISREPRESENTATION',
  'BUYER_POACHING',
  'WORKER_POACHING',
  'BREACH_OF_CONTRACT',
  'RESOURCE_COMPETITION',
  'ENVIRONMENTAL_NUISANCE',
  'GOVERNANCE_DISPUTE',
  'FAIR_COMPETITION',
];
const LEGAL_PATTERNS = [
  'nucleus_plasma',
  'subcontracting',
  'franchise',
  'general_trade',
  'distribution_agency',
  'supply_chain',
  'profit_sharing',
  'operational_cooperation',
  'joint_venture',
  'outsourcing',
];

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(','));

/**
 * Interactions: the signed, typed, dated ties between enterprises (or an enterprise and an institution)
 * of DOMAIN.md §6.3, with half-open validity [start_date, end_date). Audited like the registry tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE interactions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid REFERENCES centers(id),
      from_enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      to_enterprise_id uuid REFERENCES enterprises(id),
      to_institution_id uuid REFERENCES institutions(id),
      type text NOT NULL CHECK (type IN (${list(TYPES)})),
      valence text NOT NULL CHECK (valence IN (${list(['collaboration', 'conflict', 'coopetition'])})),
      legal_pattern text CHECK (legal_pattern IN (${list(LEGAL_PATTERNS)})),
      start_date date NOT NULL,
      end_date date,
      frequency text CHECK (frequency IN (${list(['once', 'seasonal', 'recurring', 'routine'])})),
      strength smallint CHECK (strength BETWEEN 1 AND 5),
      volume text,
      formality text NOT NULL CHECK (formality IN (${list(['oral', 'written', 'notarised'])})),
      reported_by text NOT NULL CHECK (reported_by IN (${list(['both_parties', 'one_party', 'third_party', 'researcher'])})),
      confidence text NOT NULL CHECK (confidence IN (${list(['verified', 'reported', 'suspected'])})),
      evidence_notes text,
      confidential boolean NOT NULL,
      version integer NOT NULL DEFAULT 1,
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((to_enterprise_id IS NULL) <> (to_institution_id IS NULL)),
      CHECK (to_enterprise_id IS DISTINCT FROM from_enterprise_id),
      CHECK (end_date IS NULL OR end_date > start_date)
    )`.execute(db);
  await sql`CREATE INDEX interactions_from_idx ON interactions (from_enterprise_id)`.execute(db);
  await sql`CREATE INDEX interactions_to_idx ON interactions (to_enterprise_id)`.execute(db);
  await sql`CREATE INDEX interactions_institution_idx ON interactions (to_institution_id)`.execute(db);
  await sql`CREATE INDEX interactions_center_idx ON interactions (center_id, start_date)`.execute(db);

  for (const op of ['INSERT', 'UPDATE', 'DELETE'] as const) {
    const transition =
      op === 'INSERT'
        ? 'NEW TABLE AS new_rows'
        : op === 'DELETE'
          ? 'OLD TABLE AS old_rows'
          : 'OLD TABLE AS old_rows NEW TABLE AS new_rows';
    await sql`
      CREATE TRIGGER ${sql.raw(`audit_${op.toLowerCase()}`)} AFTER ${sql.raw(op)} ON interactions
      REFERENCING ${sql.raw(transition)} FOR EACH STATEMENT EXECUTE FUNCTION audit_rows('id')`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS interactions`.execute(db);
}
