import { geoMercator, geoPath } from 'd3-geo';
import { useMemo, useRef, useState } from 'react';
import type { Overview } from '../../../src/overview/overview.schema.ts';
import { useRouter } from '../app/router.tsx';
import { formatNumber, formatRupiah } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { PatternsById } from '../overview/OverviewPage.tsx';
import { baseCountries } from './basemap.ts';
import { insetBox, LocatorInset } from './LocatorInset.tsx';
import { type LabelCandidate, labelText, placeLabels } from './labels.ts';
import { MapLegend } from './MapLegend.tsx';
import { mm } from './messages.ts';
import { CENTER_COLOR, classBreaks, classColor, NO_PATTERN_COLOR, PATTERN_COLORS } from './palette.ts';
import { ScaleBar } from './ScaleBar.tsx';
import { useMapSize } from './size.ts';
import {
  type Bounds,
  INDONESIA,
  REGION_INDICATORS,
  type RegionIndicator,
  regionSymbols,
  symbolRadius,
  viewBounds,
} from './view.ts';
import './map.css';

const PAD = 16;

/** Props of the map: the overview's data and the stored pattern labels by centre id. */
export interface RegionMapProps {
  data: Overview;
  patterns: PatternsById;
  showPatterns: boolean;
  title: string;
}

/** One drawn symbol: a centre or a child region, with where it leads. */
interface MapSymbol extends LabelCandidate {
  href: string;
  name: string;
  color: string;
}

type Mode = 'centers' | RegionIndicator;

/** The layer chosen last in this tab, so drilling down keeps showing the same figure. */
let lastMode: Mode = 'centers';

/**
 * The overview's map: Natural Earth coastlines and borders drawn offline in SVG with d3-geo (Mercator,
 * fitted to the region), the centres as symbols sized by units and coloured by network pattern, or the
 * child regions sized and shaded by a chosen figure. Symbols are links (to the centre or region page);
 * labels that would pile up are left out. Loaded as its own chunk with its geometry.
 */
export default function RegionMap({ data, patterns, showPatterns, title }: RegionMapProps) {
  const { t, lang } = useI18n();
  const { navigate } = useRouter();
  const [chosen, setChosen] = useState<Mode>(() => lastMode);
  const setMode = (next: Mode) => {
    lastMode = next;
    setChosen(next);
  };
  // The choice outlives a step down (the overview remounts the map per region); where there is no region
  // below (a district), centres it is.
  const modes: Mode[] = data.children.length > 0 ? ['centers', ...REGION_INDICATORS] : ['centers'];
  const mode = modes.includes(chosen) ? chosen : 'centers';
  const located = data.centers.flatMap((c) =>
    c.latitude === null || c.longitude === null
      ? []
      : [{ ...c, latitude: c.latitude, longitude: c.longitude }],
  );
  const level = data.region ? (data.region.level === 'province' ? 'province' : 'regency') : 'country';
  const bounds = viewBounds(level, located);
  const figure = useRef<HTMLElement>(null);
  const { width, height } = useMapSize(figure);
  const { projection, land } = useProjection(bounds, width, height);
  if (located.length === 0) return <p className="muted">{t(mm.noPoints)}</p>;
  const area = data.region?.name ?? t(mm.indonesia);
  const format = (v: number) =>
    mode === 'productionValue' ? formatRupiah(lang, v, true) : formatNumber(lang, v);
  let symbols: MapSymbol[];
  let breaks: number[] = [];
  if (mode === 'centers') {
    const maxUnits = Math.max(1, ...located.map((c) => c.units));
    symbols = located.map((c) => {
      const [x, y] = projection([c.longitude, c.latitude]) ?? [0, 0];
      const pattern = showPatterns ? patterns.get(c.id) : undefined;
      return {
        id: c.id,
        text: labelText(c.name),
        name: c.name,
        x,
        y,
        r: symbolRadius(c.units, maxUnits),
        priority: c.units,
        href: `/sentra/${c.id}`,
        color: !showPatterns ? CENTER_COLOR : pattern ? PATTERN_COLORS[pattern.code] : NO_PATTERN_COLOR,
      };
    });
  } else {
    const regions = regionSymbols(data, mode);
    const max = Math.max(0, ...regions.map((r) => r.value));
    breaks = classBreaks(max);
    symbols = regions.map((r) => {
      const [x, y] = projection([r.longitude, r.latitude]) ?? [0, 0];
      return {
        id: r.code,
        text: `${labelText(r.name)}: ${format(r.value)}`,
        name: `${r.name}: ${format(r.value)}`,
        x,
        y,
        r: symbolRadius(r.value, max, 6, 20),
        priority: r.value,
        href: `/wilayah/${r.code}`,
        color: classColor(r.value, breaks),
      };
    });
  }
  // Larger symbols first, so small ones stay visible (and clickable) on top.
  symbols.sort((a, b) => b.r - a.r);
  // Unless all Indonesia is in view, a corner inset says where the view lies; no label runs under it.
  const inset = bounds.join() !== INDONESIA.join();
  const corner = insetBox(width);
  const labels = placeLabels(symbols, width, height, inset ? [corner] : []);
  const summary =
    mode === 'centers'
      ? t(mm.mapSummary, { title, count: located.length, area })
      : t(mm.regionSummary, { title, indicator: t(mm[`mode${mode}`]), count: symbols.length, area });
  const patternsShown = new Map(
    located.flatMap((c) => {
      const p = showPatterns ? patterns.get(c.id) : undefined;
      return p ? [[p.code, { code: p.code, label: p.label[lang] }] as const] : [];
    }),
  );
  return (
    <figure className="region-map" ref={figure}>
      <label className="map-mode">
        {t(mm.show)}{' '}
        <select value={mode} onChange={(e) => setMode(e.target.value as Mode)} data-testid="map-mode">
          {modes.map((m) => (
            <option key={m} value={m}>
              {m === 'centers' ? t(showPatterns ? mm.modeCentersPattern : mm.modeCenters) : t(mm[`mode${m}`])}
            </option>
          ))}
        </select>
      </label>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" aria-label={summary} data-level={level}>
        <rect width={width} height={height} className="map-sea" />
        {land.map((c) => (
          <path
            key={`${c.id}-${c.name}`}
            d={c.d}
            className={c.id === '360' ? 'map-land home' : 'map-land'}
            data-country={c.id}
          />
        ))}
        {symbols.map((s) => (
          <a
            key={s.id}
            href={s.href}
            aria-label={s.name}
            className={mode === 'centers' ? 'map-center' : 'map-region'}
            onClick={(e) => {
              e.preventDefault();
              navigate(s.href);
            }}
          >
            <circle cx={s.x} cy={s.y} r={s.r} fill={s.color} className="map-symbol">
              <title>{s.name}</title>
            </circle>
          </a>
        ))}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG text is not focusable; the links carry the names */}
        <g aria-hidden="true">
          {labels.map((l) => (
            <text key={l.id} x={l.x} y={l.y} textAnchor={l.anchor} className="map-label">
              {l.text}
            </text>
          ))}
        </g>
        <ScaleBar projection={projection} height={height} />
        {inset && <LocatorInset view={bounds} box={corner} />}
      </svg>
      {mode === 'centers' ? (
        <MapLegend
          kind="centers"
          patterns={[...patternsShown.values()]}
          unanalysed={showPatterns && located.some((c) => !patterns.get(c.id))}
        />
      ) : (
        <MapLegend kind="regions" breaks={breaks.map(format)} />
      )}
      <figcaption className="muted small">
        {mode !== 'centers' && `${t(mm.regionNote)} `}
        {t(mm.source)}
      </figcaption>
    </figure>
  );
}

/** The projection fitted to `bounds` and the land drawn with it, recomputed only when the view moves. */
function useProjection(bounds: Bounds, width: number, height: number) {
  const key = `${bounds.join(',')} ${width}×${height}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the bounds' values (key), not their identity
  return useMemo(() => {
    const [w, s, e, n] = bounds;
    const frame = {
      type: 'MultiPoint' as const,
      coordinates: [
        [w, s],
        [e, n],
        [w, n],
        [e, s],
      ],
    };
    const projection = geoMercator()
      .fitExtent(
        [
          [PAD, PAD],
          [width - PAD, height - PAD],
        ],
        frame,
      )
      .clipExtent([
        [-2, -2],
        [width + 2, height + 2],
      ]);
    const path = geoPath(projection);
    const land = baseCountries().flatMap((c) => {
      const d = path(c);
      return d ? [{ id: c.id, name: c.properties.name, d }] : [];
    });
    return { projection, land };
  }, [key]);
}
