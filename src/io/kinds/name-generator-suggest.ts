/**
 * Close matches for a name a respondent wrote that is no member's exact name: the Sørensen–Dice
 * coefficient on character bigrams of the normalised names (robust to a dropped letter, a swapped word
 * order or "Bu"/"Ibu"), which is what spreadsheet users expect from "did you mean".
 */

import { normaliseName } from '../cells.ts';

function bigrams(value: string): Map<string, number> {
  const text = ` ${normaliseName(value)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i += 1) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice similarity of two names in [0, 1]. */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [pair, n] of x) {
    shared += Math.min(n, y.get(pair) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Up to `limit` candidates at least `threshold` similar to `name`, most similar first. */
export function closeMatches(
  name: string,
  candidates: readonly string[],
  limit = 3,
  threshold = 0.5,
): string[] {
  return candidates
    .map((candidate) => ({ candidate, score: nameSimilarity(name, candidate) }))
    .filter((c) => c.score >= threshold)
    .sort((a, b) => b.score - a.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((c) => c.candidate);
}
