import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { wim } from './whatif-messages.ts';
import {
  ADDED_COLOUR,
  ADDED_DASH,
  REMOVED_ALPHA,
  REMOVED_COLOUR,
  REMOVED_DASH,
  REMOVED_NODE_FILL,
  REMOVED_NODE_RING,
  type WhatIfMarks,
} from './whatif-overlay.ts';

function Line({
  colour,
  dash,
  alpha = 1,
  cross = false,
}: {
  colour: string;
  dash: readonly number[];
  alpha?: number;
  cross?: boolean;
}) {
  return (
    <svg width="36" height="10" aria-hidden="true" focusable="false">
      {cross && <path d="M14 1 L22 9 M14 9 L22 1" stroke={colour} strokeWidth={2} />}
      <line
        x1="2"
        y1="5"
        x2="34"
        y2="5"
        stroke={colour}
        strokeOpacity={alpha}
        strokeWidth={3}
        strokeDasharray={dash.join(' ')}
      />
    </svg>
  );
}
function Ring({ fill, ring, dash }: { fill: string; ring: string; dash?: readonly number[] }) {
  return (
    <svg width="16" height="16" aria-hidden="true" focusable="false">
      <circle
        cx="8"
        cy="8"
        r="6"
        fill={fill}
        stroke={ring}
        strokeWidth={2}
        strokeDasharray={dash?.join(' ')}
      />
    </svg>
  );
}

/**
 * Beside the drawing while a what-if is open: the choice between the network today and after the
 * what-if, and what the highlighted ties and firms mean, with how many of each the what-if changed.
 */
export function WhatIfLegend({
  marks,
  after,
  onAfter,
}: {
  marks: WhatIfMarks;
  after: boolean;
  onAfter(after: boolean): void;
}) {
  const { t, lang } = useI18n();
  const n = (x: number) => ({ n: formatNumber(lang, x) });
  return (
    <section
      className="network-legend what-if-legend"
      data-testid="what-if-legend"
      aria-labelledby="what-if-legend-title"
    >
      <h3 id="what-if-legend-title">{t(wim.legendTitle)}</h3>
      <fieldset className="what-if-toggle">
        <legend>{t(wim.drawingTitle)}</legend>
        {[false, true].map((value) => (
          <label key={String(value)}>
            <input
              type="radio"
              name="what-if-drawing"
              checked={after === value}
              onChange={() => onAfter(value)}
              data-testid={value ? 'what-if-show-after' : 'what-if-show-today'}
            />{' '}
            {t(value ? wim.showAfter : wim.showToday)}
          </label>
        ))}
      </fieldset>
      {after ? (
        <ul>
          <li>
            <Line colour={ADDED_COLOUR} dash={ADDED_DASH} /> {t(wim.legendAdded, n(marks.addedTies.length))}
          </li>
          <li>
            <Line colour={REMOVED_COLOUR} dash={REMOVED_DASH} alpha={REMOVED_ALPHA} cross />{' '}
            {t(wim.legendRemoved, n(marks.removedTies.size))}
          </li>
          <li>
            <Ring fill={REMOVED_NODE_FILL} ring={REMOVED_NODE_RING} dash={REMOVED_DASH} />{' '}
            {t(wim.legendFirmRemoved, n(marks.removedNodes.size))}
          </li>
          <li>
            <Ring fill="#ffffff" ring={ADDED_COLOUR} /> {t(wim.legendFirmAdded, n(marks.addedNodes.size))}
          </li>
          {marks.unmatched > 0 && <li className="alert">{t(wim.legendUnmatched, n(marks.unmatched))}</li>}
        </ul>
      ) : (
        <p className="muted small">{t(wim.legendToday)}</p>
      )}
    </section>
  );
}
