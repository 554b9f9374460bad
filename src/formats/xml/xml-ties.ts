/**
 * Turning GEXF and GraphML edges into ties: both formats give each edge endpoints plus named attribute
 * values, of which Simpul reads `weight` and `sign`.
 */

import type { TieInput } from '../../analysis/index.ts';
import type { ErrorDetail } from '../../shared/errors.ts';
import { tr } from '../../shared/lang.ts';
import { parseNumber, parseSign, type ReaderOptions, structuredTie } from '../network-file.ts';

/** One edge as read from XML, attribute values keyed by their declared name. */
export interface XmlEdge {
  source: string | undefined;
  target: string | undefined;
  values: ReadonlyMap<string, string>;
}

/** Validates `edge` (the `index`-th) into a tie, or records why it cannot be one. */
export function xmlTie(
  edge: XmlEdge,
  index: number,
  options: ReaderOptions,
  problems: ErrorDetail[],
): TieInput | undefined {
  const path = tr({ id: 'ikatan ke-{n}', en: 'edge {n}' }, { n: index + 1 });
  const weightText = edge.values.get('weight');
  const signText = edge.values.get('sign');
  const weight = weightText === undefined ? undefined : parseNumber(weightText);
  const sign = signText === undefined ? undefined : parseSign(signText);
  const { source, target } = edge;
  let message: string;
  if (!source || !target) {
    message = tr({ id: 'source dan target wajib diisi', en: 'source and target are required' });
  } else if (weightText !== undefined && weight === undefined) {
    message = tr(
      { id: "bobot '{value}' bukan angka", en: "weight '{value}' is not a number" },
      { value: weightText },
    );
  } else if (signText !== undefined && sign === undefined) {
    message = tr({ id: "tanda '{value}' tidak dikenal", en: "unknown sign '{value}'" }, { value: signText });
  } else {
    return structuredTie(source, target, weight, sign, options);
  }
  problems.push({ path, message });
  return undefined;
}
