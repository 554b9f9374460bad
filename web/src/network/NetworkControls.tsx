import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { ColourMode, SizeMeasure, TieColourMode } from './graph-model.ts';
import { gpm } from './groups-messages.ts';
import { nm } from './messages.ts';
import type { RendererChoice } from './renderer-choice.ts';

/** The controls' state, owned by NetworkView. */
export interface ControlState {
  sizeBy: SizeMeasure;
  colourBy: ColourMode;
  tieColourBy: TieColourMode;
  valences: ReadonlySet<string>;
  type: string;
  /** Day number when the date filter is on, else null (TimeSlider.tsx changes it). */
  day: number | null;
  /** The drawing: automatic (Canvas 2D where WebGL is software or the graph large), or the reader's. */
  renderer: RendererChoice;
  /** Positions of the signed blockmodel when colouring by position (2–6). */
  positionsK: number;
}

interface Props {
  state: ControlState;
  onChange(next: ControlState): void;
  types: { code: string; label: string }[];
  /** The analysis is missing: colouring by community or camp would paint everything grey. */
  hasAnalysis: boolean;
  /** The graph is a centre's, whose blockmodel positions the API can compute. */
  hasPositions?: boolean;
  onSearch(query: string): boolean;
}

const VALENCE_KEYS = ['collaboration', 'conflict', 'coopetition'] as const;

/** Size, colour, valence and type filters, the search box (Enter selects the match), the drawing. */
export function NetworkControls({
  state,
  onChange,
  types,
  hasAnalysis,
  hasPositions = false,
  onSearch,
}: Props) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const set = (patch: Partial<ControlState>) => onChange({ ...state, ...patch });
  const toggleValence = (v: string) => {
    const next = new Set(state.valences);
    if (next.has(v)) next.delete(v);
    else next.add(v);
    set({ valences: next });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (!q) return;
    setMissing(onSearch(q) ? null : q);
  };
  return (
    <fieldset className="network-controls" aria-label={t(nm.controls)}>
      <form onSubmit={submit} className="network-search">
        <label htmlFor={`${id}-q`}>{t(nm.search)}</label>
        <input
          id={`${id}-q`}
          type="search"
          list={`${id}-names`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={`${id}-qhint`}
          data-testid="network-search"
        />
        <p id={`${id}-qhint`} className="muted small">
          {missing ? <span role="alert">{t(nm.noMatch, { q: missing })}</span> : t(nm.searchHint)}
        </p>
      </form>
      <div>
        <label htmlFor={`${id}-size`}>{t(nm.sizeBy)}</label>
        <select
          id={`${id}-size`}
          value={state.sizeBy}
          onChange={(e) => set({ sizeBy: e.target.value as SizeMeasure })}
        >
          <option value="degree">{t(nm.byDegree)}</option>
          <option value="betweenness" disabled={!hasAnalysis}>
            {t(nm.byBetweenness)}
          </option>
          <option value="pagerank" disabled={!hasAnalysis}>
            {t(nm.byPagerank)}
          </option>
          <option value="eigenvector" disabled={!hasAnalysis}>
            {t(nm.byEigenvector)}
          </option>
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-colour`}>{t(nm.colourBy)}</label>
        <select
          id={`${id}-colour`}
          value={state.colourBy}
          onChange={(e) => set({ colourBy: e.target.value as ColourMode })}
          data-testid="colour-by"
        >
          <option value="kind">{t(nm.byKind)}</option>
          <option value="community" disabled={!hasAnalysis}>
            {t(nm.byCommunity)}
          </option>
          <option value="camp" disabled={!hasAnalysis}>
            {t(nm.byCamp)}
          </option>
          {hasPositions && <option value="position">{t(gpm.byPosition)}</option>}
        </select>
      </div>
      {state.colourBy === 'position' && (
        <div>
          <label htmlFor={`${id}-k`}>{t(gpm.positionsK)}</label>
          <select
            id={`${id}-k`}
            value={state.positionsK}
            onChange={(e) => set({ positionsK: Number(e.target.value) })}
            aria-describedby={`${id}-khint`}
            data-testid="positions-k"
          >
            {[2, 3, 4, 5, 6].map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
          <p id={`${id}-khint`} className="muted small">
            {t(gpm.positionsHint)}
          </p>
        </div>
      )}
      <div>
        <label htmlFor={`${id}-tiecolour`}>{t(nm.tieColourBy)}</label>
        <select
          id={`${id}-tiecolour`}
          value={state.tieColourBy}
          onChange={(e) => set({ tieColourBy: e.target.value as TieColourMode })}
          data-testid="tie-colour"
        >
          <option value="valence">{t(nm.byValence)}</option>
          <option value="type">{t(nm.byTieType)}</option>
        </select>
      </div>
      <fieldset className="network-valences">
        <legend>{t(nm.valences)}</legend>
        {VALENCE_KEYS.map((v) => (
          <label key={v} className={`check valence-${v}`}>
            <input
              type="checkbox"
              checked={state.valences.has(v)}
              onChange={() => toggleValence(v)}
              data-testid={`valence-${v}`}
            />{' '}
            {t(nm[v])}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor={`${id}-type`}>{t(nm.tieType)}</label>
        <select id={`${id}-type`} value={state.type} onChange={(e) => set({ type: e.target.value })}>
          <option value="">{t(nm.allTypes)}</option>
          {types.map((ty) => (
            <option key={ty.code} value={ty.code}>
              {ty.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-renderer`}>{t(nm.renderer)}</label>
        <select
          id={`${id}-renderer`}
          value={state.renderer}
          onChange={(e) => set({ renderer: e.target.value as RendererChoice })}
          data-testid="renderer-select"
        >
          <option value="auto">{t(nm.rendererAuto)}</option>
          <option value="webgl">{t(nm.rendererWebgl)}</option>
          <option value="canvas">{t(nm.rendererCanvas)}</option>
        </select>
      </div>
    </fieldset>
  );
}
