import type { CenterFigure } from '../../centers/centers.schema.ts';
import type { Lang } from '../../shared/lang.ts';
import { REPORT_WORDS as W } from '../report.words.ts';
import { section } from '../report-section.ts';
import { choice, whole } from './labels.ts';

/** Profile, the centre's own figures by year with their sources, and the trend of each indicator. */
export const profileSection = section<true>({
  key: 'profile',
  load: () => true,
  draw: (pen, _data, { center, lang }) => {
    pen.heading(pen.w(W.profile));
    pen.pairs([
      [pen.w(W.mainProduct), center.mainProduct],
      [pen.w(W.regions), center.regionCodes.join(', ')],
      [pen.w(W.status), choice(center.status, lang)],
      [pen.w(W.origin), choice(center.origin, lang)],
      [pen.w(W.foundingYear), center.foundingYear === null ? '–' : String(center.foundingYear)],
      [pen.w(W.activeMembers), whole(center.activeMemberCount, lang)],
    ]);
    if (center.description) pen.text(center.description, { size: 9 });
    pen.text(pen.w(W.figures), { bold: true, size: 10 });
    const figures = [...center.figures].sort(
      (a, b) => a.indicator.localeCompare(b.indicator) || a.year - b.year,
    );
    if (figures.length === 0) pen.text(pen.w(W.noFigures), { italic: true, size: 9 });
    else
      pen.table(
        [pen.w(W.indicator), pen.w(W.year), pen.w(W.value), pen.w(W.source)],
        figures.map((f) => [
          choice(f.indicator, lang),
          String(f.year),
          `${whole(f.value, lang)}${f.unit ? ` ${f.unit}` : ''}`,
          sourceOf(f, lang),
        ]),
        [120, 45, 110, 220],
      );
    pen.text(pen.w(W.trends), { bold: true, size: 10 });
    const lines = trendLines(figures, lang).map((t) => pen.w(W.trendLine, t));
    pen.text(lines.length > 0 ? lines.join('\n') : pen.w(W.noTrend), { size: 9 });
  },
});

function sourceOf(f: CenterFigure, lang: Lang): string {
  return [choice(f.source, lang), f.vintage, f.sourceRef].filter(Boolean).join(' · ');
}

/** First and latest figure of each indicator recorded in two years or more, with the change in percent. */
export function trendLines(figures: readonly CenterFigure[], lang: Lang): Record<string, string | number>[] {
  const byIndicator = new Map<string, CenterFigure[]>();
  for (const f of figures) byIndicator.set(f.indicator, [...(byIndicator.get(f.indicator) ?? []), f]);
  return [...byIndicator].flatMap(([indicator, list]) => {
    const sorted = [...list].sort((a, b) => a.year - b.year);
    const first = sorted[0];
    const last = sorted.at(-1);
    if (!first || !last || first.year === last.year) return [];
    const change =
      first.value === 0
        ? '–'
        : `${last.value >= first.value ? '+' : ''}${new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
            maximumFractionDigits: 1,
          }).format(((last.value - first.value) / first.value) * 100)} %`;
    return [
      {
        indicator: choice(indicator, lang),
        from: whole(first.value, lang),
        fromYear: first.year,
        to: whole(last.value, lang),
        toYear: last.year,
        change,
      },
    ];
  });
}
