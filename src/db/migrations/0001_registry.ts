import { type Kysely, sql } from 'kysely';

/** Registry: regions, centres, enterprises (with yearly panel), people, institutions, memberships. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  await sql`
    CREATE TABLE regions (
      code text PRIMARY KEY,
      code_system text NOT NULL DEFAULT 'kemendagri',
      name text NOT NULL,
      level text NOT NULL CHECK (level IN ('province','regency','city','district','village','urban_village')),
      parent_code text REFERENCES regions(code),
      province_code text NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX regions_parent_idx ON regions (parent_code)`.execute(db);
  await sql`CREATE INDEX regions_name_idx ON regions (lower(name))`.execute(db);

  await sql`
    CREATE TABLE centers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      external_id text UNIQUE,
      name text NOT NULL,
      main_product text NOT NULL,
      commodity_group text NOT NULL,
      dinas_group text,
      kbli jsonb NOT NULL DEFAULT '[]',
      origin text NOT NULL,
      status text NOT NULL,
      designation_sk_number text,
      designation_date date,
      designation_issuer text,
      statistical_criteria jsonb,
      founding_year integer,
      description text,
      latitude double precision,
      longitude double precision,
      version integer NOT NULL DEFAULT 1,
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX centers_name_trgm ON centers USING gin (name gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE center_regions (
      center_id uuid NOT NULL REFERENCES centers(id) ON DELETE CASCADE,
      region_code text NOT NULL REFERENCES regions(code),
      PRIMARY KEY (center_id, region_code)
    )`.execute(db);
  await sql`CREATE INDEX center_regions_code_idx ON center_regions (region_code text_pattern_ops)`.execute(
    db,
  );

  await sql`
    CREATE TABLE center_figures (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL REFERENCES centers(id) ON DELETE CASCADE,
      indicator text NOT NULL,
      value numeric NOT NULL,
      unit text,
      year integer NOT NULL,
      source text NOT NULL,
      source_ref text,
      vintage text NOT NULL,
      definition text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (center_id, indicator, year, source)
    )`.execute(db);

  await sql`
    CREATE TABLE people (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      full_name text NOT NULL,
      gender text CHECK (gender IN ('female','male')),
      birth_year integer,
      phone text,
      email text,
      roles text[] NOT NULL DEFAULT '{}',
      notes text,
      version integer NOT NULL DEFAULT 1,
      archived_at timestamptz,
      erased_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE enterprises (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      external_id text UNIQUE,
      nib text UNIQUE,
      name text NOT NULL,
      owner_person_id uuid REFERENCES people(id),
      address text,
      region_code text REFERENCES regions(code),
      phone text,
      commodity text,
      products text,
      legal_form text NOT NULL DEFAULT 'individual',
      license_year integer,
      kbli jsonb NOT NULL DEFAULT '[]',
      value_chain_roles text[] NOT NULL DEFAULT '{}',
      formality text NOT NULL DEFAULT 'informal',
      latitude double precision,
      longitude double precision,
      version integer NOT NULL DEFAULT 1,
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX enterprises_name_trgm ON enterprises USING gin (name gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX enterprises_region_idx ON enterprises (region_code text_pattern_ops)`.execute(db);

  await sql`
    CREATE TABLE enterprise_year_data (
      enterprise_id uuid NOT NULL REFERENCES enterprises(id) ON DELETE CASCADE,
      year integer NOT NULL,
      source text NOT NULL,
      vintage text NOT NULL,
      definition text,
      source_ref text,
      workers_male integer,
      workers_female integer,
      investment_excl_land_building bigint,
      investment_land_building bigint,
      business_capital bigint,
      annual_sales bigint,
      production_qty numeric,
      production_unit text,
      production_value bigint,
      raw_aux_material_value bigint,
      production_capacity numeric,
      installed_capacity numeric,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (enterprise_id, year, source)
    )`.execute(db);

  await sql`
    CREATE TABLE center_memberships (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL REFERENCES centers(id),
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      valid_from date NOT NULL,
      valid_to date,
      role text NOT NULL DEFAULT 'member',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (valid_to IS NULL OR valid_to >= valid_from),
      UNIQUE (center_id, enterprise_id, valid_from)
    )`.execute(db);
  await sql`CREATE INDEX center_memberships_enterprise_idx ON center_memberships (enterprise_id)`.execute(db);

  await sql`
    CREATE TABLE institutions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      external_id text UNIQUE,
      name text NOT NULL,
      type text NOT NULL,
      legal_status text NOT NULL,
      services text[] NOT NULL DEFAULT '{}',
      region_code text REFERENCES regions(code),
      founded_year integer,
      description text,
      version integer NOT NULL DEFAULT 1,
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE institution_centers (
      institution_id uuid NOT NULL REFERENCES institutions(id) ON DELETE CASCADE,
      center_id uuid NOT NULL REFERENCES centers(id),
      PRIMARY KEY (institution_id, center_id)
    )`.execute(db);

  await sql`
    CREATE TABLE institution_memberships (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id),
      enterprise_id uuid NOT NULL REFERENCES enterprises(id),
      valid_from date NOT NULL,
      valid_to date,
      role text NOT NULL DEFAULT 'member',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (valid_to IS NULL OR valid_to >= valid_from),
      UNIQUE (institution_id, enterprise_id, valid_from)
    )`.execute(db);

  await sql`
    CREATE TABLE institution_challenges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      institution_id uuid NOT NULL REFERENCES institutions(id) ON DELETE CASCADE,
      category text NOT NULL,
      severity text NOT NULL,
      status text NOT NULL DEFAULT 'open',
      observed_on date NOT NULL,
      resolved_on date,
      notes text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (resolved_on IS NULL OR resolved_on >= observed_on)
    )`.execute(db);

  await sql`
    CREATE TABLE person_affiliations (
      person_id uuid NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      enterprise_id uuid REFERENCES enterprises(id),
      institution_id uuid REFERENCES institutions(id),
      role text NOT NULL,
      CHECK ((enterprise_id IS NULL) <> (institution_id IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX person_affiliations_person_idx ON person_affiliations (person_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'person_affiliations',
    'institution_challenges',
    'institution_memberships',
    'institution_centers',
    'institutions',
    'center_memberships',
    'enterprise_year_data',
    'enterprises',
    'people',
    'center_figures',
    'center_regions',
    'centers',
    'regions',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
