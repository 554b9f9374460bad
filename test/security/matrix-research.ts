import type { InjectOptions } from 'fastify';
import type { Rule } from './matrix.ts';

const SIGNED_IN = 'YYYYYYYU';
const same = (expected: string, request: Rule['request']): Rule => ({
  inScope: expected,
  outOfScope: expected,
  request,
});

/** Field research's routes × roles: computations on what is sent (nothing read or stored), open to every signed-in role. */
export const RESEARCH_MATRIX: Record<string, Rule> = {
  'POST /api/research/agreement': same(
    SIGNED_IN,
    async (): Promise<InjectOptions> => ({
      method: 'POST',
      url: '/api/research/agreement',
      payload: {
        measurementLevel: 'nominal',
        coders: ['A', 'B'],
        units: [{ id: '1', values: ['ya', 'tidak'] }],
      },
    }),
  ),
  'POST /api/research/agreement/file': same(
    SIGNED_IN,
    async (): Promise<InjectOptions> => ({
      method: 'POST',
      url: '/api/research/agreement/file?measurementLevel=nominal',
      payload: 'unit,A,B\n1,ya,tidak\n',
      headers: { 'content-type': 'text/csv' },
    }),
  ),
};
