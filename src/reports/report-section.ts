import type { Actor } from '../auth/actor.ts';
import type { Center } from '../centers/centers.schema.ts';
import type { Db } from '../db/database.ts';
import type { CenterAnalysis } from '../networks/analysis/analysis.schema.ts';
import type { CenterNetwork } from '../networks/view/network.schema.ts';
import type { Lang } from '../shared/lang.ts';
import type { Pen } from './pdf-pen.ts';

/** What every section of a centre report starts from: the centre, its network and analysis as the reader sees them. */
export interface CenterReportBase {
  center: Center;
  network: CenterNetwork;
  analysis: CenterAnalysis;
  /** The report's day (WIB): the data's date and the PDF's CreationDate. */
  today: string;
  lang: Lang;
}

/** A section loader's context: the base plus the database and the reader, for what only some sections need. */
export interface ReportContext extends CenterReportBase {
  db: Db;
  actor: Actor;
}

/**
 * One section of the centre report: a loader (null leaves the section out, e.g. no KPI the reader may
 * see) and a drawing function. A new section (tiers, facilities, interventions, the ecosystem radar) is
 * one more entry in `CENTER_SECTIONS`.
 */
export interface ReportSection<D = unknown> {
  key: string;
  load: (ctx: ReportContext) => Promise<D | null> | D | null;
  draw: (pen: Pen, data: D, base: CenterReportBase) => void;
}

/** A section with its data type checked at the definition and erased in the list. */
export function section<D>(definition: ReportSection<D>): ReportSection {
  return definition as ReportSection;
}

/** The sections' data, loaded together (in parallel) before anything is drawn. */
export type LoadedSections = { section: ReportSection; data: unknown }[];

/** Loads every section of `sections` for `ctx`, keeping their order and dropping those without data. */
export async function loadSections(
  sections: readonly ReportSection[],
  ctx: ReportContext,
): Promise<LoadedSections> {
  const data = await Promise.all(sections.map((s) => s.load(ctx)));
  return sections.flatMap((s, i) => (data[i] === null ? [] : [{ section: s, data: data[i] }]));
}

/** Draws loaded sections in order. */
export function drawSections(pen: Pen, loaded: LoadedSections, base: CenterReportBase): void {
  for (const { section: s, data } of loaded) s.draw(pen, data, base);
}
