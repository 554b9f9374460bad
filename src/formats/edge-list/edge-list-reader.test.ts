import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { withLang } from '../../shared/i18n.ts';
import { readEdgeList } from './edge-list-reader.ts';

const csv = { delimiter: ',', signed: false } as const;

function problemsOf(work: () => unknown): string[] {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error.details.map((d) => `${d.path}: ${d.message}`);
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('readEdgeList', () => {
  it('skips comments, blank lines and a source,target header; weights default to 1', () => {
    const text = '% made by hand\nSource,Target\n\n# ties\na,b\nb , c,2.5\n';
    expect(readEdgeList(text, csv)).toEqual({
      nodes: ['a', 'b', 'c'],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c', weight: 2.5 },
      ],
      directed: undefined,
    });
  });

  it('detects a header by a worded third column, and keeps a numeric first row as data', () => {
    expect(readEdgeList('from\tto\tbobot\nx\ty\t3\n', { ...csv, delimiter: '\t' }).edges).toEqual([
      { source: 'x', target: 'y', weight: 3 },
    ]);
    expect(readEdgeList('x,y,3\ny,z,1\n', csv).edges).toHaveLength(2);
  });

  it('reads signs with --signed', () => {
    const text = 'a,b,+\nb,c,-\nc,d,+1\nd,a,-1\na,c,1\n';
    expect(readEdgeList(text, { ...csv, signed: true }).edges.map((e) => e.sign)).toEqual([1, -1, 1, -1, 1]);
  });

  it('names every bad line, in the chosen language', () => {
    const text = '# comment\na,b,+\n\nb,c,?\nc\nd,e,-\n';
    expect(problemsOf(() => readEdgeList(text, { ...csv, signed: true }))).toEqual([
      "baris 4: tanda '?' tidak dikenal",
      'baris 5: harus 2 atau 3 kolom, ada 1',
    ]);
    expect(withLang('en', () => problemsOf(() => readEdgeList('a,b,-2\nb,c,x1\n', csv)))).toEqual([
      "line 1: weight '-2' must be a positive number (use --signed for signs)",
      "line 2: weight 'x1' must be a positive number (use --signed for signs)",
    ]);
  });

  it("says in the chosen language where a quote is broken, instead of csv-parse's English", () => {
    expect(problemsOf(() => readEdgeList('a,b\nb,c\n"c,d\n', csv))).toEqual([
      'baris 3: tanda kutip (") dibuka tetapi tidak pernah ditutup',
    ]);
    expect(withLang('en', () => problemsOf(() => readEdgeList('a,b\nb"x,c\n', csv)))).toEqual([
      'line 2: a quote (") inside an unquoted cell; quote the cell and write "" for one quote',
    ]);
  });
});
