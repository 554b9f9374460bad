import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { industryClass } from '../enterprises/size-classes.ts';
import { errors } from '../shared/errors.ts';
import { type Message, tr } from '../shared/lang.ts';
import { todayWib } from '../shared/periods.ts';
import { projectExists } from './projects.repo.ts';
import {
  ATTRIBUTE_WORDS,
  GENDER_WORDS,
  IDENTIFIER_WORDS,
  REID_MESSAGES as m,
} from './reidentification.messages.ts';
import {
  firmsOfKind,
  type InformantFactsRow,
  informantFacts,
  projectQuotations,
} from './reidentification.repo.ts';
import {
  type AttributeName,
  type CaseAttributes,
  findIdentifiers,
  type Identifier,
  type IdentifierKind,
  isSmallCenter,
  K_ANONYMITY,
  maskQuotation,
  rareCombinations,
  SMALL_CENTER_FIRMS,
} from './reidentification.rules.ts';
import type { ReidentificationReport, ReidentificationWarning } from './reidentification.schema.ts';
import { assertProjectRole } from './research.policy.ts';

/** The registry facts of one informant a quotation must not hold. */
function identifiersOf(row: InformantFactsRow): Identifier[] {
  const facts: [IdentifierKind, string | null][] = [
    ['enterprise_name', row.enterprise_name],
    ['person_name', row.person_name],
    ['person_name', row.owner_name],
    ['phone', row.enterprise_phone],
    ['phone', row.person_phone],
    ['phone', row.owner_phone],
    ['address', row.address],
    ['village', row.village],
    ['nib', row.nib],
  ];
  return facts.flatMap(([kind, value]) => (value?.trim() ? [{ kind, value, informantId: row.id }] : []));
}

function sizeClassOf(row: InformantFactsRow): string | null {
  if (row.year === null) return null;
  return industryClass({
    year: row.year,
    workersMale: row.workers_male,
    workersFemale: row.workers_female,
    investmentExclLandBuilding: row.investment_excl_land_building,
    businessCapital: row.business_capital,
    annualSales: row.annual_sales,
  }).class;
}

const blank = { segmentId: null, documentId: null, identifiers: [], masked: null };

function quotationWarnings(
  informants: readonly InformantFactsRow[],
  quotations: Awaited<ReturnType<typeof projectQuotations>>,
): ReidentificationWarning[] {
  const identifiers = informants.flatMap(identifiersOf);
  const pseudonyms = new Map(informants.map((i) => [i.id, i.pseudonym]));
  const warnings: ReidentificationWarning[] = [];
  for (const q of quotations) {
    const matches = findIdentifiers(q.words, identifiers);
    if (matches.length === 0) continue;
    const masked = maskQuotation(q.words, matches);
    // One warning per informant a quotation identifies; a number of nobody known points at its speakers.
    const byInformant = new Map<string | null, Set<IdentifierKind>>();
    for (const match of matches) {
      const who = match.informantId ?? q.speakers.find((s) => pseudonyms.has(s)) ?? null;
      byInformant.set(who, (byInformant.get(who) ?? new Set()).add(match.kind));
    }
    for (const [informantId, kinds] of byInformant) {
      const pseudonym = informantId ? (pseudonyms.get(informantId) ?? null) : null;
      const what = (lang: 'id' | 'en') => [...kinds].map((k) => IDENTIFIER_WORDS[k][lang]).join(', ');
      const params = (lang: 'id' | 'en') => ({
        document: q.title,
        what: what(lang),
        pseudonym: pseudonym ?? (lang === 'id' ? 'informan' : 'the informant'),
        masked: masked[lang],
      });
      warnings.push({
        kind: 'quotation',
        informantId,
        pseudonym,
        reason: { id: tr(m.quotation, params('id'), 'id'), en: tr(m.quotation, params('en'), 'en') },
        action: {
          id: tr(m.quotationAction, params('id'), 'id'),
          en: tr(m.quotationAction, params('en'), 'en'),
        },
        segmentId: q.id,
        documentId: q.document_id,
        identifiers: [...kinds],
        masked,
      });
    }
  }
  return warnings;
}

function actionFor(attribute: AttributeName | null): Message {
  if (attribute === 'role') return m.generaliseRole;
  if (attribute === 'center') return m.generaliseCenter;
  if (attribute === null) return m.suppress;
  return {
    id: tr(m.generaliseOther, { attribute: ATTRIBUTE_WORDS[attribute].id }, 'id'),
    en: tr(m.generaliseOther, { attribute: ATTRIBUTE_WORDS[attribute].en }, 'en'),
  };
}

function attributeWarnings(informants: readonly InformantFactsRow[]): ReidentificationWarning[] {
  const cases: (CaseAttributes & { row: InformantFactsRow })[] = informants.map((row) => ({
    informantId: row.id,
    role: row.role,
    center: row.center_name,
    sizeClass: sizeClassOf(row),
    gender: row.gender,
    row,
  }));
  const byId = new Map(cases.map((c) => [c.informantId, c]));
  return rareCombinations(cases).map((rare) => {
    const c = byId.get(rare.informantId) as (typeof cases)[number];
    const combination = (lang: 'id' | 'en') =>
      (['role', 'center', 'sizeClass', 'gender'] as const)
        .filter((a) => c[a] !== null)
        .map((a) => {
          const value = c[a] ?? '';
          return `${ATTRIBUTE_WORDS[a][lang]} “${a === 'gender' ? (GENDER_WORDS[value]?.[lang] ?? value) : value}”`;
        })
        .join(' × ');
    const params = (lang: 'id' | 'en') => ({
      combination: combination(lang),
      shared: rare.shared,
      k: K_ANONYMITY,
    });
    return {
      kind: 'attributes' as const,
      informantId: c.informantId,
      pseudonym: c.row.pseudonym,
      reason: { id: tr(m.attributes, params('id'), 'id'), en: tr(m.attributes, params('en'), 'en') },
      action: actionFor(rare.generalise),
      ...blank,
    };
  });
}

async function smallCenterWarnings(
  db: Db,
  informants: readonly InformantFactsRow[],
): Promise<ReidentificationWarning[]> {
  const day = todayWib();
  const warnings: ReidentificationWarning[] = [];
  const counted = new Map<string, number>();
  for (const row of informants) {
    if (!row.center_id) continue;
    const kbli = (row.kbli ?? []).map((k) => k.code);
    const key = `${row.center_id}|${kbli.join(',')}|${row.commodity ?? ''}`;
    const firms =
      counted.get(key) ?? (await firmsOfKind(db, row.center_id, { kbli, commodity: row.commodity }, day));
    counted.set(key, firms);
    if (!isSmallCenter(firms)) continue;
    const kind = (lang: 'id' | 'en') =>
      kbli.length > 0 ? `KBLI ${kbli.join(', ')}` : (row.commodity ?? m.anyKind[lang]);
    const params = (lang: 'id' | 'en') => ({
      center: row.center_name ?? '',
      firms,
      kind: kind(lang),
      threshold: SMALL_CENTER_FIRMS,
      pseudonym: row.pseudonym,
    });
    warnings.push({
      kind: 'small_center',
      informantId: row.id,
      pseudonym: row.pseudonym,
      reason: { id: tr(m.smallCenter, params('id'), 'id'), en: tr(m.smallCenter, params('en'), 'en') },
      action: m.smallCenterAction,
      ...blank,
    });
  }
  return warnings;
}

/**
 * The re-identification warnings of a project, for its members (readers and up): quotations holding an
 * identifier, rare attribute combinations (k = 3) and small centres (fewer than 5 firms of the kind).
 * Only informants still in the study and the segments the actor may see (blind rounds) are checked. The
 * QDPX export's report carries the same list.
 */
export async function reidentificationWarnings(
  db: Db,
  actor: Actor,
  projectId: string,
): Promise<ReidentificationReport> {
  await assertProjectRole(db, actor, projectId, 'reader');
  if (!(await projectExists(db, projectId))) throw errors.notFound('researchProject', projectId);
  const informants = await informantFacts(db, projectId);
  const quotations = await projectQuotations(db, actor, projectId);
  const warnings = [
    ...quotationWarnings(informants, quotations),
    ...attributeWarnings(informants),
    ...(await smallCenterWarnings(db, informants)),
  ];
  const order = { quotation: 0, attributes: 1, small_center: 2 };
  warnings.sort(
    (a, b) => (a.pseudonym ?? '').localeCompare(b.pseudonym ?? '') || order[a.kind] - order[b.kind],
  );
  return {
    projectId,
    k: K_ANONYMITY,
    smallCenterFirms: SMALL_CENTER_FIRMS,
    informantsChecked: informants.length,
    quotationsChecked: quotations.length,
    warnings,
  };
}
