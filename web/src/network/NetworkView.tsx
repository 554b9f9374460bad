import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CenterAnalysis } from '../../../src/networks/analysis/analysis.schema.ts';
import type { CenterNetwork } from '../../../src/networks/view/network.schema.ts';
import { api, saveBlob } from '../api/client.ts';
import { Link } from '../app/router.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { AnalysisPanel } from './AnalysisPanel.tsx';
import {
  buildGraph,
  dateRange,
  isLargeGraph,
  isoOfDay,
  styleNodes,
  type TieFilter,
  tieVisible,
  visibleNeighbours,
} from './graph-model.ts';
import { nm } from './messages.ts';
import { type CanvasHandle, NetworkCanvas } from './NetworkCanvas.tsx';
import { type ControlState, NetworkControls } from './NetworkControls.tsx';
import { NetworkLegend } from './NetworkLegend.tsx';
import { NetworkTables } from './NetworkTables.tsx';
import { chooseRenderer, rememberRendererChoice, storedRendererChoice } from './renderer-choice.ts';
import { networkToSvg } from './svg-export.ts';
import './network.css';

interface Props {
  network: CenterNetwork;
  /** null when the centre has no stored analysis (or the route is not there): the graph still works. */
  analysis: CenterAnalysis | null;
  /** Tie type code → label in the reader's language. */
  typeLabels: Map<string, string>;
  title: string;
  /** Offer the server's GEXF/GraphML/CSV exports (absent for synthetic graphs). */
  exportCenterId?: string;
  onReload?(): void;
}

const SIZE_LABEL = {
  degree: nm.byDegree,
  betweenness: nm.byBetweenness,
  pagerank: nm.byPagerank,
  eigenvector: nm.byEigenvector,
};

/**
 * A centre's signed network: the drawing (sigma or Canvas 2D, see renderer-choice.ts) with filters, search
 * and focus, legend, exports, the analysis beside it and a table alternative below. Reusable: it takes
 * data, the page decides where it comes from.
 */
export function NetworkView({ network, analysis, typeLabels, title, exportCenterId, onReload }: Props) {
  const { t, lang } = useI18n();
  const [controls, setControls] = useState<ControlState>(() => ({
    sizeBy: analysis ? 'betweenness' : 'degree',
    colourBy: analysis?.camps ? 'camp' : analysis ? 'community' : 'kind',
    valences: new Set(['collaboration', 'conflict', 'coopetition']),
    type: '',
    day: null,
    renderer: storedRendererChoice(),
  }));
  const [focusNode, setFocusNode] = useState<string | null>(null);
  const [handle, setHandle] = useState<CanvasHandle | null>(null);
  const [layoutRun, setLayoutRun] = useState(0);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [webglMissing, setWebglMissing] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);

  const graph = useMemo(() => {
    const g = buildGraph(network, analysis);
    styleNodes(g, analysis ? 'betweenness' : 'degree', 'kind');
    return g;
  }, [network, analysis]);
  useEffect(
    () => styleNodes(graph, controls.sizeBy, controls.colourBy),
    [graph, controls.sizeBy, controls.colourBy],
  );

  const filter = useMemo<TieFilter>(
    () => ({
      valences: controls.valences,
      types: new Set(controls.type ? [controls.type] : []),
      at: controls.day === null ? null : isoOfDay(controls.day),
    }),
    [controls.valences, controls.type, controls.day],
  );
  const focus = useMemo(
    () =>
      focusNode && graph.hasNode(focusNode)
        ? { node: focusNode, neighbours: visibleNeighbours(graph, focusNode, filter) }
        : null,
    [graph, focusNode, filter],
  );
  const renderer = useMemo(() => chooseRenderer(graph, controls.renderer), [graph, controls.renderer]);
  useEffect(() => rememberRendererChoice(controls.renderer), [controls.renderer]);
  const visibleTies = useMemo(() => network.ties.filter((tie) => tieVisible(tie, filter)), [network, filter]);
  const measures = useMemo(() => new Map((analysis?.nodes ?? []).map((m) => [m.id, m])), [analysis]);
  const names = useMemo(() => new Map(network.nodes.map((n) => [n.id, n.label])), [network]);
  const types = useMemo(() => {
    const present = [...new Set(network.ties.map((tie) => tie.type))];
    return present
      .map((code) => ({ code, label: typeLabels.get(code) ?? code }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [network, typeLabels]);
  const groups = useMemo(() => {
    const key = controls.colourBy === 'camp' ? 'camp' : 'community';
    const set = new Set<number>();
    for (const m of analysis?.nodes ?? []) if (m[key] !== null) set.add(m[key]);
    return [...set].sort((a, b) => a - b);
  }, [analysis, controls.colourBy]);

  const search = useCallback(
    (query: string) => {
      const q = query.toLocaleLowerCase();
      const match =
        network.nodes.find((n) => n.label.toLocaleLowerCase() === q) ??
        network.nodes.find((n) => n.label.toLocaleLowerCase().includes(q));
      if (match) setFocusNode(match.id);
      return !!match;
    },
    [network],
  );
  const download = async (make: () => Promise<Blob | null>, filename: string) => {
    setExportError(null);
    try {
      const blob = await make();
      if (blob) saveBlob(blob, filename);
    } catch (error) {
      setExportError(t(nm.exportFailed, { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const base = `sentra-${exportCenterId ?? 'jaringan'}${filter.at ? `-${filter.at}` : ''}`;
  const focusName = focus ? names.get(focus.node) : null;
  const focusKind = focus ? network.nodes.find((n) => n.id === focus.node)?.kind : null;

  return (
    <div className="network-view">
      <div className="network-main">
        <NetworkControls
          state={controls}
          onChange={setControls}
          types={types}
          range={dateRange(network.ties)}
          hasAnalysis={!!analysis}
          onSearch={search}
        />
        <div className="network-toolbar">
          <span className="small" aria-live="polite">
            {t(nm.shown, {
              nodes: formatNumber(lang, network.nodes.length),
              ties: formatNumber(lang, visibleTies.length),
            })}
            {layoutRunning && ` · ${t(nm.layoutRunning)}`}
          </span>
          {onReload && (
            <button type="button" onClick={onReload} data-testid="network-reload">
              {t(nm.refresh)}
            </button>
          )}
          <button type="button" onClick={() => setLayoutRun((n) => n + 1)} disabled={layoutRunning}>
            {t(nm.relayout)}
          </button>
        </div>
        {focus && (
          <p className="alert network-focus" role="status" data-testid="network-focus" data-node={focus.node}>
            {t(nm.focused, { name: focusName ?? '', n: focus.neighbours.size })}{' '}
            {focusKind === 'enterprise' && <Link href={`/ikm/${focus.node}`}>{t(nm.openFirm)}</Link>}{' '}
            <button type="button" onClick={() => setFocusNode(null)}>
              {t(nm.clearFocus)}
            </button>
          </p>
        )}
        {network.ties.length === 0 && <p className="alert">{t(nm.emptyNetwork)}</p>}
        {webglMissing && renderer === 'webgl' ? (
          <p className="alert">{t(nm.webglMissing)}</p>
        ) : (
          <NetworkCanvas
            renderer={renderer}
            graph={graph}
            filter={filter}
            focus={focus}
            label={t(nm.canvasLabel, { nodes: network.nodes.length, ties: visibleTies.length })}
            onNodeClick={setFocusNode}
            onHandle={setHandle}
            onWebglMissing={() => setWebglMissing(true)}
            layoutRun={layoutRun}
            onLayoutChange={setLayoutRunning}
          />
        )}
        <fieldset className="network-exports">
          <legend className="sr-only">{t(nm.exports)}</legend>
          <button
            type="button"
            disabled={!handle}
            onClick={() => download(() => handle!.snapshot(), `${base}.png`)}
          >
            {t(nm.exportPng)}
          </button>
          <button
            type="button"
            onClick={() =>
              download(
                async () => new Blob([networkToSvg(graph, filter, title)], { type: 'image/svg+xml' }),
                `${base}.svg`,
              )
            }
            data-testid="export-svg"
          >
            {t(nm.exportSvg)}
          </button>
          {exportCenterId &&
            (['gexf', 'graphml', 'csv'] as const).map((format) => (
              <button
                key={format}
                type="button"
                onClick={() =>
                  download(
                    () => api.blob(`/centers/${exportCenterId}/network/export`, { format, at: filter.at }),
                    `${base}.${format}`,
                  )
                }
              >
                {t(
                  format === 'gexf' ? nm.exportGexf : format === 'graphml' ? nm.exportGraphml : nm.exportCsv,
                )}
              </button>
            ))}
        </fieldset>
        {exportError && (
          <p className="alert alert-error" role="alert">
            {exportError}
          </p>
        )}
        <NetworkLegend
          colourBy={controls.colourBy}
          sizeLabel={t(SIZE_LABEL[controls.sizeBy])}
          groups={groups}
          large={renderer === 'canvas' && isLargeGraph(graph)}
        />
        <NetworkTables
          nodes={network.nodes}
          ties={visibleTies}
          measures={measures}
          typeLabel={(code) => typeLabels.get(code) ?? code}
          onFocus={setFocusNode}
        />
      </div>
      <aside className="network-side">
        {analysis ? (
          <AnalysisPanel analysis={analysis} names={names} />
        ) : (
          <p className="alert">{t(nm.analysisMissing)}</p>
        )}
      </aside>
    </div>
  );
}
