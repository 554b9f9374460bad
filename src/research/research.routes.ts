import { agreementReport } from '../analysis/index.ts';
import { SIGNED_IN } from '../auth/policy.ts';
import { route } from '../http/route.ts';
import type { SimpulApp } from '../http/types.ts';

const tags = ['research'];

/** Field research: inter-coder agreement of a units × coders table (computed, nothing read or stored). */
export async function researchRoutes(app: SimpulApp): Promise<void> {
  route(
    app,
    'POST /research/agreement',
    {
      access: SIGNED_IN,
      tags,
      summary:
        "Percent agreement, Cohen's and Fleiss' κ, Scott's π and Krippendorff's α of a units × coders table",
      description:
        'Every coefficient that applies at the level of measurement; one the data cannot define is null with ' +
        'its reason (never NaN). The same computation as `simpul research agreement FILE.csv`.',
    },
    async (request) => {
      const { measurementLevel, coders, units } = request.body;
      return agreementReport({ coders, units }, measurementLevel);
    },
  );
}
