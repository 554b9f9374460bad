import type { PatternCode } from '../../../src/networks/analysis/analysis.schema.ts';
import { useI18n } from '../i18n/i18n.tsx';
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
  | { kind: 'regions'; breaks: string[] };

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
          props.breaks.map((value, i) => (
            <li key={value} data-testid="map-class">
              <Swatch color={CLASS_COLORS[i] ?? CLASS_COLORS[0]} /> {t(mm.upTo, { value })}
            </li>
          ))
        )}
      </ul>
    </section>
  );
}
