import { useState } from 'react';
import type { FrustratedTie } from '../../../src/networks/analysis/analysis.schema.ts';
import { MeasureInfo } from '../glossary/MeasureInfo.tsx';
import { formatMeasure } from '../i18n/format.ts';
import { type Message, useI18n } from '../i18n/i18n.tsx';
import { nm } from './messages.ts';

/** How many targets each list shows before "show all". */
export const TOP_TARGETS = 5;

interface ListProps {
  ties: FrustratedTie[];
  action: Message;
  testId: string;
  name(id: string): string;
}

function TargetList({ ties, action, testId, name }: ListProps) {
  const { t, lang } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? ties : ties.slice(0, TOP_TARGETS);
  return (
    <>
      <ol className="frustrated" data-testid={testId}>
        {shown.map((tie) => (
          <li key={tie.id} data-unbalanced={tie.unbalancedTriangles}>
            {t(action, { a: name(tie.source), b: name(tie.target) })}{' '}
            <span className="muted small">
              {t(nm.targetStrain, { n: formatMeasure(lang, 'triangles', tie.unbalancedTriangles) })}
            </span>
          </li>
        ))}
      </ol>
      {ties.length > TOP_TARGETS && (
        <button type="button" onClick={() => setAll((a) => !a)}>
          {all ? t(nm.showTop, { n: TOP_TARGETS }) : t(nm.showAllCount, { n: ties.length })}
        </button>
      )}
    </>
  );
}

/**
 * The intervention targets, most useful first (the server ranks them): conflicts inside a camp worded as
 * mediations, and collaboration across camps as bridges to keep — never as advice to end a collaboration.
 */
export function InterventionTargets({ ties, name }: { ties: FrustratedTie[]; name(id: string): string }) {
  const { t } = useI18n();
  const mediate = ties.filter((tie) => tie.reason === 'conflict_within_camp');
  const bridges = ties.filter((tie) => tie.reason === 'collaboration_across_camps');
  return (
    <>
      <h3>
        {t(nm.frustrated)}
        <MeasureInfo term="frustratedTie" />
      </h3>
      <p className="muted small">{t(nm.frustratedIntro)}</p>
      {mediate.length === 0 ? (
        <p>{t(nm.noFrustrated)}</p>
      ) : (
        <TargetList ties={mediate} action={nm.mediate} testId="frustrated-ties" name={name} />
      )}
      {bridges.length > 0 && (
        <>
          <h3>
            {t(nm.bridges)}
            <MeasureInfo term="bridge" />
          </h3>
          <p className="muted small">{t(nm.bridgesIntro)}</p>
          <TargetList ties={bridges} action={nm.keepBridge} testId="bridge-ties" name={name} />
        </>
      )}
    </>
  );
}
