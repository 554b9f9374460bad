import { type Message, tr } from '../shared/lang.ts';
import { AREA_LABELS, type AssessmentArea, TIER_LABELS } from './assessment.constants.ts';
import type { IndicatorScore, Requirement, AssessmentResult as ScoredResult } from './assessment.rules.ts';
import type { AssessmentResult } from './assessment.schema.ts';
import { LIVE_INDICATORS } from './live-indicators.ts';
import { QUESTIONNAIRES, type QuestionnaireItem } from './questionnaire.ts';

const LIVE = new Map(LIVE_INDICATORS.map((i) => [i.id, i]));

/** An indicator's name: the live indicator's, or the item's wording in the questionnaire of `version`. */
function itemsOf(version: number): Map<string, QuestionnaireItem> {
  return new Map((QUESTIONNAIRES[version] ?? []).map((i) => [i.id, i]));
}

/** One indicator in words. */
export function indicatorView(score: IndicatorScore, items: Map<string, QuestionnaireItem>) {
  const live = LIVE.get(score.id);
  const label: Message = live?.label ?? items.get(score.id)?.label ?? { id: score.id, en: score.id };
  return {
    id: score.id,
    area: score.area,
    kind: score.kind,
    label: tr(label),
    source: live ? tr(live.source) : null,
    value: score.value,
    format: live ? live.kind : ('answer' as const),
    score: score.score,
    best: score.best,
  };
}

const REQUIREMENT_WORDS: Record<Requirement['kind'], Message> = {
  total: {
    id: 'Skor total {have} dari yang dibutuhkan {needed}',
    en: 'Total score {have} of the {needed} needed',
  },
  active_members: {
    id: 'Anggota aktif {have} dari yang dibutuhkan {needed}',
    en: 'Active members {have} of the {needed} needed',
  },
  area: {
    id: 'Bidang {area}: {have} dari batas minimum {needed}',
    en: 'Area {area}: {have} of the {needed} minimum',
  },
};

function requirementView(req: Requirement, label: (id: string) => string) {
  const area = req.kind === 'area' ? req.area : null;
  const areaName = area ? tr(AREA_LABELS[area as AssessmentArea]) : '';
  const rises = req.kind === 'active_members' ? [] : req.rises;
  return {
    kind: req.kind,
    area,
    text: tr(REQUIREMENT_WORDS[req.kind], { have: req.have, needed: req.needed, area: areaName }),
    needed: req.needed,
    have: req.have,
    rises: rises.map((r) => ({ ...r, label: label(r.id) })),
  };
}

/** A scored result (fresh or stored) in the request's language. */
export function resultView(result: ScoredResult, version: number): AssessmentResult {
  const items = itemsOf(version);
  const indicators = result.indicators.map((i) => indicatorView(i, items));
  const names = new Map(indicators.map((i) => [i.id, i.label]));
  const label = (id: string) => names.get(id) ?? id;
  return {
    total: result.total,
    tier: result.tier,
    tierLabel: tr(TIER_LABELS[result.tier]),
    activeMembers: result.activeMembers,
    areas: result.areas.map((a) => ({ ...a, label: tr(AREA_LABELS[a.area]) })),
    indicators,
    next: result.next
      ? {
          tier: result.next.tier,
          tierLabel: tr(TIER_LABELS[result.next.tier]),
          requirements: result.next.requirements.map((r) => requirementView(r, label)),
        }
      : null,
  };
}

/** The questionnaire of `version` as the form shows it. */
export function questionnaireView(version: number) {
  return {
    version,
    items: (QUESTIONNAIRES[version] ?? []).map((item) => ({
      id: item.id,
      area: item.area,
      scale: item.scale,
      label: tr(item.label),
      steps: (item.steps ?? []).map((s) => tr(s)),
    })),
  };
}
