import type { PatternCode } from '../../../src/networks/analysis/analysis.schema.ts';

/**
 * Pattern colours from the Okabe–Ito palette, told apart with every common colour-vision deficiency;
 * "too few ties" is grey because it is the absence of a pattern rather than one.
 */
export const PATTERN_COLORS: Record<PatternCode, string> = {
  cohesive_collaborative: '#009E73',
  hub_and_spoke: '#0072B2',
  institution_centred: '#CC79A7',
  polarised: '#D55E00',
  fragmented: '#E69F00',
  too_few_ties: '#999999',
};

/** Fill of centres where patterns are not shown (nationally, or for a reader who may not see networks). */
export const CENTER_COLOR = '#56B4E9';

/** Fill of a centre without a stored analysis. */
export const NO_PATTERN_COLOR = '#ffffff';

/** Four classes of ColorBrewer's Oranges: one hue, so order reads without colour vision; apart from the sea. */
export const CLASS_COLORS = ['#fdbe85', '#fd8d3c', '#e6550d', '#a63603'] as const;

/** Upper bounds of CLASS_COLORS.length equal classes up to `max`, rounded up to 1, 2 or 5 × 10ⁿ. */
export function classBreaks(max: number): number[] {
  const n = CLASS_COLORS.length;
  if (max <= 0) return [0];
  const raw = max / n;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? raw;
  const breaks: number[] = [];
  for (let i = 1; i <= n; i++) {
    const bound = Math.max(1, Math.round(step * i));
    if (breaks.length === 0 || bound > breaks[breaks.length - 1]!) breaks.push(bound);
    if (bound >= max) break;
  }
  return breaks;
}

/** The class colour of `value` against `breaks` (from classBreaks). */
export function classColor(value: number, breaks: number[]): string {
  const i = breaks.findIndex((b) => value <= b);
  return CLASS_COLORS[i < 0 ? breaks.length - 1 : i] ?? CLASS_COLORS[3];
}
