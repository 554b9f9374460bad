// Shared by the file import (src/io/cells.ts) and the web's yearly-figures grid, so a figure reads the
// same typed or imported; it must stay free of Node imports.

// "-" or "–" alone is how Dinas sheets often write "no figure".
const PLACEHOLDER = /^[-–—]$/;
// Indonesian grouping: dots between thousands, an optional decimal comma (1.250.000 or 1.250.000,5).
const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN_COMMA = /^\d+(?:,\d+)?$/;
const PLAIN_POINT = /^\d+\.\d+$/;
const DIGITS = /^\d{1,15}$/;

/**
 * A non-negative amount or quantity. Accepts `1250000`, `1.250.000`, `1.250.000,5`, `1250000,5`,
 * `1250000.5`, an optional `Rp` prefix and spaces; a dot followed by exactly three digits is a
 * thousands separator (`1.250` is one thousand two hundred and fifty), as in Indonesian writing.
 */
export function parseAmount(value: string | number): number | null | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  // Most cells are plain digits: skip the clean-up and the patterns (this runs ~7 times per Dinas row).
  if (DIGITS.test(value)) return Number(value);
  let s = value.replace(/[\s\u00a0]/g, '').replace(/^rp\.?/i, '');
  if (PLACEHOLDER.test(s)) return null;
  if (GROUPED.test(s)) s = s.replaceAll('.', '').replace(',', '.');
  else if (PLAIN_COMMA.test(s)) s = s.replace(',', '.');
  else if (!PLAIN_POINT.test(s)) return undefined;
  return Number(s);
}
