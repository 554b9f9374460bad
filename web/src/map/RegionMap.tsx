import { geoMercator, geoPath } from 'd3-geo';
import { useMemo, useRef, useState } from 'react';
import type { PatternCounts } from '../../../src/networks/compare/compare.schema.ts';
import type { Overview } from '../../../src/overview/overview.schema.ts';
import { useRouter } from '../app/router.tsx';
import { formatNumber, formatRupiah, formatValue } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { PatternsById } from '../overview/OverviewPage.tsx';
import { BoundaryLines, NoDataPattern } from './BoundaryLines.tsx';
import { baseCountries } from './basemap.ts';
import { Choropleth, type MapTip } from './Choropleth.tsx';
import { insetBox, LocatorInset } from './LocatorInset.tsx';
import { placeLabels } from './labels.ts';
import { isPatternMode, layerValues, type PatternMode, patternOf } from './layer-values.ts';
import { MapLegend } from './MapLegend.tsx';
import { MapTooltip } from './MapTooltip.tsx';
import { mm } from './messages.ts';
import { classBreaks } from './palette.ts';
import { ScaleBar } from './ScaleBar.tsx';
import { useMapSize } from './size.ts';
import { AREA_LABEL, areaLabels, centerSymbols, type MapSymbol, regionCircles } from './symbols.ts';
import { useDrawnShapes, useShapes } from './use-shapes.ts';
import { type Bounds, INDONESIA, REGION_INDICATORS, type RegionIndicator, viewBounds } from './view.ts';
import './map.css';

const PAD = 16;

/**
 * Props of the map: the overview's data, the stored pattern labels by centre id (of the listed centres)
 * and those labels counted per child region.
 */
export interface RegionMapProps {
  data: Overview;
  patterns: PatternsById;
  counts: PatternCounts | null;
  showPatterns: boolean;
  title: string;
}

/** `points`: the centres themselves; otherwise a figure per child region (`centers` counts them there). */
type Mode = 'points' | RegionIndicator | PatternMode;

/** The layer chosen last in this tab, so drilling down keeps showing the same figure. */
let lastMode: Mode = 'points';

/**
 * The overview's map, drawn offline in SVG with d3-geo (Mercator, fitted to the region): Natural Earth
 * coastlines, province and regency boundaries (wilayah_boundaries, loaded as their own chunks), and either
 * the centres as symbols sized by units and coloured by network pattern, or a choropleth of the child
 * regions by a chosen figure (districts, which have no boundaries, as graduated symbols). Symbols and
 * regions are links (to the centre or region page); labels that would pile up are left out.
 */
export default function RegionMap({ data, patterns, counts, showPatterns, title }: RegionMapProps) {
  const { t, lang } = useI18n();
  const { navigate } = useRouter();
  const [chosen, setChosen] = useState<Mode>(() => lastMode);
  const [tip, setTip] = useState<MapTip | null>(null);
  const setMode = (next: Mode) => {
    lastMode = next;
    setChosen(next);
    setTip(null);
  };
  const located = data.centers.flatMap((c) =>
    c.latitude === null || c.longitude === null
      ? []
      : [{ ...c, latitude: c.latitude, longitude: c.longitude }],
  );
  const level = data.region ? (data.region.level === 'province' ? 'province' : 'regency') : 'country';
  const patternsShown = new Map(
    (showPatterns ? (counts?.counts ?? []) : []).map(
      (p) => [p.code, { code: p.code, label: p.label[lang] }] as const,
    ),
  );
  // The choice outlives a step down (the overview remounts the map per region); where there is no region
  // below (a district), centres it is. Pattern shares need the regions' boundaries: not below a regency.
  // Where the centres are too many to list (the whole country at national scale) or none has coordinates,
  // the regions stand for them.
  const patternModes: Mode[] =
    level === 'regency' ? [] : [...patternsShown.keys()].map((code): PatternMode => `pattern:${code}`);
  const centerModes: Mode[] = data.centersListed && located.length > 0 ? ['points'] : [];
  const modes: Mode[] =
    data.children.length > 0 ? [...centerModes, ...REGION_INDICATORS, ...patternModes] : ['points'];
  const mode = modes.includes(chosen) ? chosen : (modes[0] ?? 'points');
  const modeLabel = (m: Mode) =>
    m === 'points'
      ? t(showPatterns ? mm.modeCentersPattern : mm.modeCenters)
      : isPatternMode(m)
        ? t(mm.modePattern, { pattern: patternsShown.get(patternOf(m))?.label ?? '' })
        : t(mm[`mode${m}`]);
  const bounds = viewBounds(level, located);
  const figure = useRef<HTMLElement>(null);
  const { width, height } = useMapSize(figure);
  const { projection, land, key } = useProjection(bounds, width, height);
  const provinces = useDrawnShapes(useShapes('provinces'), projection, key);
  // Below the country, the regencies of the province viewed (a regency's code starts with its province's).
  const province = data.region?.code.slice(0, 2);
  const regencies = useDrawnShapes(useShapes(province ? `regencies/${province}` : null), projection, key);
  if (mode === 'points' && located.length === 0) return <p className="muted">{t(mm.noPoints)}</p>;
  const area = data.region?.name ?? t(mm.indonesia);
  const format = (v: number) =>
    mode === 'productionValue'
      ? formatRupiah(lang, v, true)
      : isPatternMode(mode)
        ? formatValue(lang, { kind: 'share', digits: 0 }, v / 100)
        : formatNumber(lang, v);
  // The child regions that have boundaries: provinces nationally, a province's regencies and cities.
  const childShapes = level === 'country' ? provinces : level === 'province' ? regencies : [];
  const choropleth = mode !== 'points' && childShapes.length > 0;
  const values = mode === 'points' ? new Map<string, number>() : layerValues(data, mode, counts);
  const breaks = mode === 'points' ? [] : classBreaks(Math.max(0, ...values.values()));
  let symbols: MapSymbol[] = [];
  if (mode === 'points') symbols = centerSymbols(located, projection, patterns, showPatterns);
  else if (!choropleth && !isPatternMode(mode))
    symbols = regionCircles(data, mode, projection, breaks, format);
  // Larger symbols first, so small ones stay visible (and clickable) on top.
  symbols.sort((a, b) => b.r - a.r);
  // Unless all Indonesia is in view, a corner inset says where the view lies; no label runs under it, nor
  // under the attribution line.
  const inset = bounds.join() !== INDONESIA.join();
  const corner = insetBox(width);
  // The attribution line, shortened on a narrow map (10 px text, about 5.2 units a character).
  const creditText = t(width < 560 ? mm.creditShort : mm.credit);
  const credit = { x0: width - 10 - creditText.length * 5.2, y0: height - 16, x1: width, y1: height };
  const named = choropleth ? childShapes : level === 'country' ? provinces : regencies;
  const labels = placeLabels(
    [...symbols, ...areaLabels(named, width, height, choropleth ? values : undefined)],
    width,
    height,
    inset ? [corner, credit] : [credit],
  );
  const indicator = mode === 'points' ? '' : modeLabel(mode);
  const summary =
    mode === 'points'
      ? t(mm.mapSummary, { title, count: located.length, area })
      : t(mm.regionSummary, { title, indicator, count: values.size, area });
  return (
    <figure className="region-map" ref={figure}>
      <label className="map-mode">
        {t(mm.show)}{' '}
        <select value={mode} onChange={(e) => setMode(e.target.value as Mode)} data-testid="map-mode">
          {modes.map((m) => (
            <option key={m} value={m}>
              {modeLabel(m)}
            </option>
          ))}
        </select>
      </label>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" aria-label={summary} data-level={level}>
        <NoDataPattern id="map-no-data" />
        <rect width={width} height={height} className="map-sea" />
        {land.map((c) => (
          <path
            key={`${c.id}-${c.name}`}
            d={c.d}
            className={c.id === '360' ? 'map-land home' : 'map-land'}
            data-country={c.id}
          />
        ))}
        {choropleth && (
          <Choropleth
            shapes={childShapes}
            values={values}
            breaks={breaks}
            format={format}
            indicator={indicator}
            onOpen={navigate}
            onTip={setTip}
          />
        )}
        <BoundaryLines
          provinces={provinces}
          regencies={regencies}
          focus={level === 'regency' ? data.region?.code.slice(0, 5) : undefined}
        />
        {symbols.map((s) => (
          <a
            key={s.id}
            href={s.href}
            aria-label={s.name}
            className={mode === 'points' ? 'map-center' : 'map-region'}
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
            <text
              key={l.id}
              x={l.x}
              y={l.y}
              textAnchor={l.anchor}
              className={l.id.startsWith(AREA_LABEL) ? 'map-label area' : 'map-label'}
            >
              {l.text}
            </text>
          ))}
        </g>
        <ScaleBar projection={projection} height={height} />
        <text x={width - 6} y={height - 5} textAnchor="end" className="map-credit" data-testid="map-credit">
          {creditText}
        </text>
        {inset && <LocatorInset view={bounds} box={corner} />}
        {tip && <MapTooltip tip={tip} width={width} height={height} />}
      </svg>
      {mode === 'points' ? (
        <MapLegend
          kind="centers"
          patterns={[...patternsShown.values()]}
          unanalysed={showPatterns && located.some((c) => !patterns.get(c.id))}
        />
      ) : (
        <MapLegend
          kind="regions"
          title={indicator}
          breaks={breaks.map(format)}
          noData={choropleth && childShapes.some((s) => !values.has(s.code))}
        />
      )}
      <figcaption className="muted small">
        {mode !== 'points' && `${t(choropleth ? mm.choroplethNote : mm.regionNote)} `}
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
    return { projection, land, key };
  }, [key]);
}
