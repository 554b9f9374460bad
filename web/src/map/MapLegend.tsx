import type { PatternCode } from '../../../src/networks/analysis/analysis.schema.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { NoDataPattern } from './BoundaryLines.tsx';
import { mm } from './messages.ts';
import { CLASS_COLORS, NO_PATTERN_COLOR, PATTERN_COLORS } from './palette.ts';

function Swatch({ color }: { color: string }) {
  return (
    <svg width="14" height="14" aria-hidden="true" focusable="false">
      <circle cx="7" cy="7" r="6" fill={color} stroke="#444" strokeWidth="1" />
    </svg>
  );
}

/** Which legend to show: pattern colours of centres, or the classes of a region figure. */
export type LegendProps =
  | { kind: 'centers'; patterns: { code: PatternCode; label: string }[]; unanalysed: boolean }
  | { kind: 'regions'; title: string; breaks: string[]; noData: boolean };

/** A square swatch of the hatch that marks regions without data. */
function NoDataSwatch() {
  return (
    <svg width="14" height="14" aria-hidden="true" focusable="false">
      <NoDataPattern id="legend-no-data" />
      <rect x="1" y="1" width="12" height="12" fill="url(#legend-no-data)" stroke="#444" strokeWidth="1" />
    </svg>
  );
}

/** What the colours and sizes of the map mean, as a list beside the map. */
export function MapLegend(props: LegendProps) {
  const { t } = useI18n();
  return (
    <section className="map-legend" aria-label={t(mm.legend)}>
      <ul>
        {props.kind === 'centers' ? (
          <>
            {props.patterns.map((p) => (
              <li key={p.code}>
                <Swatch color={PATTERN_COLORS[p.code]} /> {p.label}
              </li>
            ))}
            {props.unanalysed && (
              <li>
                <Swatch color={NO_PATTERN_COLOR} /> {t(mm.noPattern)}
              </li>
            )}
            <li className="muted">{t(mm.sizeNote)}</li>
          </>
        ) : (
          <>
            <li className="map-legend-title">{props.title}:</li>
            {props.breaks.map((value, i) => (
              <li key={value} data-testid="map-class">
                <Swatch color={CLASS_COLORS[i] ?? CLASS_COLORS[0]} /> {t(mm.upTo, { value })}
              </li>
            ))}
            {props.noData && (
              <li data-testid="map-no-data">
                <NoDataSwatch /> {t(mm.noData)}
              </li>
            )}
          </>
        )}
      </ul>
    </section>
  );
}
