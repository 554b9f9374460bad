import { withActor } from '../../auth/actor.ts';
import type { Db } from '../../db/database.ts';
import { AppError, errors } from '../../shared/errors.ts';
import { tr } from '../../shared/i18n.ts';
import { DEFAULT_DEMO_SEED } from '../demo-seed.ts';
import { clearRegistry } from '../writer.ts';
import {
  analyzeLoaded,
  auditInBulk,
  bumpAllVersions,
  copyInto,
  maySkipTriggers,
  recomputeRollups,
  recomputeTrust,
  registryCounts,
  setTriggers,
  trustSubjects,
  villagesByProvince,
} from './national.repo.ts';
import { type NationalCenter, type NationalPlan, planNational } from './national-plan.ts';
import {
  centerLines,
  centerRegionLines,
  enterpriseLines,
  idsOf,
  membershipLines,
  NATIONAL_YEARS,
  type NationalIds,
  yearLines,
} from './national-rows.ts';
import { tieLines } from './national-ties.ts';

/** Smallest and largest scale of `simpul demo --national`. */
export const NATIONAL_SCALE = { min: 0.01, max: 1 } as const;

/** A step of the load, for progress reports. */
export type NationalPhase = 'centers' | 'enterprises' | 'memberships' | 'years' | 'ties' | 'summaries';

/** Where the load is: rows written so far of all it will write. */
export interface NationalProgress {
  phase: NationalPhase;
  rows: number;
  totalRows: number;
}

/** What `loadNational` is asked for. */
export interface NationalOptions {
  /** Share of the whole country, 0.01..1. */
  scale: number;
  /** Seed of the generator; the same seed and scale give the same rows and ids. */
  seed?: number;
  /** Empty the registry first; without it a registry holding centres or enterprises is refused. */
  reset?: boolean;
  /** Called every ~64 KB of rows and at each step. */
  onProgress?: (progress: NationalProgress) => void;
}

/** What was loaded. */
export interface NationalSummary {
  centers: number;
  provinces: number;
  enterprises: number;
  yearRows: number;
  ties: number;
  /** Whether triggers were switched off and their tables filled set-based (superuser sessions). */
  triggersSkipped: boolean;
  seconds: number;
}

const M = {
  badScale: {
    id: '--scale harus angka antara 0,01 dan 1 (1 = seluruh Indonesia, 13.762 sentra): {value}',
    en: '--scale must be a number between 0.01 and 1 (1 = all of Indonesia, 13,762 centres): {value}',
  },
  badSeed: {
    id: '--seed harus bilangan bulat 0 atau lebih.',
    en: '--seed must be a whole number, 0 or more.',
  },
  notEmpty: {
    id: 'Registri sudah berisi {centers} sentra dan {enterprises} IKM. Muat dengan --reset untuk menggantinya.',
    en: 'The registry already holds {centers} centres and {enterprises} enterprises. Load with --reset to replace them.',
  },
};

/** Rows of the COPY text, batched into chunks of ~64 KB, with progress after each chunk. */
function* chunked(
  plan: NationalPlan,
  lines: (center: NationalCenter) => Iterable<string>,
  report: (rows: number) => void,
): Generator<string> {
  let buffer: string[] = [];
  let size = 0;
  for (const center of plan.centers) {
    for (const line of lines(center)) {
      buffer.push(line);
      size += line.length;
      if (size >= 65_536) {
        report(buffer.length);
        yield buffer.join('');
        buffer = [];
        size = 0;
      }
    }
  }
  if (buffer.length > 0) {
    report(buffer.length);
    yield buffer.join('');
  }
}

/** The COPY passes, in foreign-key order. */
function passes(plan: NationalPlan, ids: NationalIds) {
  return [
    {
      phase: 'centers',
      table: 'centers',
      columns: [
        'id',
        'external_id',
        'name',
        'main_product',
        'commodity_group',
        'origin',
        'status',
        'founding_year',
      ],
      lines: (c: NationalCenter) => centerLines(plan, c),
    },
    {
      phase: 'centers',
      table: 'center_regions',
      columns: ['center_id', 'region_code'],
      lines: (c: NationalCenter) => centerRegionLines(plan, c),
    },
    {
      phase: 'enterprises',
      table: 'enterprises',
      columns: ['id', 'nib', 'name', 'region_code', 'commodity', 'legal_form', 'formality'],
      lines: (c: NationalCenter) => enterpriseLines(plan, c, ids),
    },
    {
      phase: 'memberships',
      table: 'center_memberships',
      columns: ['center_id', 'enterprise_id', 'valid_from'],
      lines: (c: NationalCenter) => membershipLines(plan, c, ids),
    },
    {
      phase: 'years',
      table: 'enterprise_year_data',
      // biome-ignore format: the columns in the order yearLines writes them
      columns: ['enterprise_id', 'year', 'source', 'vintage', 'definition', 'workers_male', 'workers_female',
        'investment_excl_land_building', 'business_capital', 'annual_sales', 'production_value'],
      lines: (c: NationalCenter) => yearLines(plan, c, ids),
    },
    {
      phase: 'ties',
      table: 'interactions',
      // biome-ignore format: the columns in the order tieLines writes them
      columns: ['id', 'center_id', 'from_enterprise_id', 'to_enterprise_id', 'type', 'valence', 'start_date',
        'end_date', 'formality', 'reported_by', 'confidence', 'confidential'],
      lines: (c: NationalCenter) => tieLines(plan, c, ids),
    },
  ] as const;
}

/** The scale and seed of `options`, or a validation error naming `--scale` or `--seed`. */
export function checkNationalOptions(options: Pick<NationalOptions, 'scale' | 'seed'>): {
  scale: number;
  seed: number;
} {
  const { scale } = options;
  if (!Number.isFinite(scale) || scale < NATIONAL_SCALE.min || scale > NATIONAL_SCALE.max) {
    throw errors.validation([{ path: 'scale', message: tr(M.badScale, { value: String(scale) }) }]);
  }
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw errors.validation([{ path: 'seed', message: tr(M.badSeed) }]);
  }
  return { scale, seed };
}

/**
 * Generates the national synthetic set (`simpul demo --national`) and writes it with COPY in one
 * transaction: `scale` × 13,762 centres in every province, ~37.5 firms a centre with three years of
 * figures, ~9.7 ties a firm. Where the session may (a superuser: the embedded default, benchmarks) the
 * triggers are off during the COPY — millions of audit rows would double the load for data nobody entered
 * — and what they maintain (network and view versions, trust summaries, overview rollups) is filled
 * set-based afterwards; elsewhere the triggers run, with the bulk audit trail.
 */
export async function loadNational(db: Db, options: NationalOptions): Promise<NationalSummary> {
  const { scale, seed } = checkNationalOptions(options);
  const started = performance.now();
  const report = options.onProgress ?? (() => {});
  const plan = planNational(scale, seed, await villagesByProvince(db));
  const ids = idsOf(plan);
  const totalRows = 2 * plan.centers.length + (2 + NATIONAL_YEARS.length) * plan.firms + plan.ties;
  let rows = 0;
  const skip = await maySkipTriggers(db);
  await withActor({ kind: 'system', label: 'demo' }, () =>
    db.transaction().execute(async (trx) => {
      if (options.reset) await clearRegistry(trx);
      const held = await registryCounts(trx);
      if (held.centers > 0 || held.enterprises > 0) {
        throw new AppError('conflict', tr(M.notEmpty, held), []);
      }
      await (skip ? setTriggers(trx, false) : auditInBulk(trx));
      for (const pass of passes(plan, ids)) {
        report({ phase: pass.phase, rows, totalRows });
        const chunks = chunked(plan, pass.lines, (n) => {
          rows += n;
          report({ phase: pass.phase, rows, totalRows });
        });
        await copyInto(trx, pass.table, pass.columns, chunks);
      }
      report({ phase: 'summaries', rows, totalRows });
      if (skip) {
        await setTriggers(trx, true);
        await bumpAllVersions(trx);
        const subjects = await trustSubjects(trx);
        for (let i = 0; i < subjects.length; i += 5000)
          await recomputeTrust(trx, subjects.slice(i, i + 5000));
        await recomputeRollups(trx);
      }
    }),
  );
  await analyzeLoaded(db);
  return {
    centers: plan.centers.length,
    provinces: new Set(plan.centers.map((c) => c.provinceCode)).size,
    enterprises: plan.firms,
    yearRows: plan.firms * NATIONAL_YEARS.length,
    ties: plan.ties,
    triggersSkipped: skip,
    seconds: (performance.now() - started) / 1000,
  };
}
