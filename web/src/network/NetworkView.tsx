import { type ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { CenterAnalysis } from '../../../src/networks/analysis/analysis.schema.ts';
import type { CenterNetwork } from '../../../src/networks/view/network.schema.ts';
import type { WhatIfEditInput, WhatIfResult } from '../../../src/scenarios/what-if.schema.ts';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView } from '../ui/status.tsx';
import { AnalysisPanel } from './AnalysisPanel.tsx';
import { BlockImage } from './BlockImage.tsx';
import { BrokeragePanel } from './BrokeragePanel.tsx';
import { CommunityMethod } from './CommunityMethod.tsx';
import { communityOfNode } from './community-view.ts';
import {
  buildGraph,
  dateRange,
  groupPalette,
  isLargeGraph,
  isoOfDay,
  type TieFilter,
  tieFade,
  tieVisible,
} from './graph-model.ts';
import { nm } from './messages.ts';
import { type CanvasHandle, NetworkCanvas } from './NetworkCanvas.tsx';
import { type ControlState, NetworkControls } from './NetworkControls.tsx';
import { NetworkExports } from './NetworkExports.tsx';
import { NetworkLegend } from './NetworkLegend.tsx';
import { NetworkTables } from './NetworkTables.tsx';
import { NodeDetails } from './NodeDetails.tsx';
import { chooseRenderer, rememberRendererChoice, storedRendererChoice } from './renderer-choice.ts';
import { TieEvidencePanel } from './TieEvidencePanel.tsx';
import { TimeSlider } from './TimeSlider.tsx';
import { useBlockmodel } from './use-blockmodel.ts';
import { initialView, useNetworkViews, type ViewState } from './use-network-views.ts';
import { ViewControls } from './ViewControls.tsx';
import { WhatIfLegend } from './WhatIfLegend.tsx';
import { WhatIfPanel } from './WhatIfPanel.tsx';
import { addMarkedTies, whatIfMarks } from './whatif-overlay.ts';
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
  /** The centre whose blockmodel positions and communities the API computes (absent for synthetic graphs). */
  centerId?: string;
  /** The choice of ties the analysis covers, shown in the analysis panel (CenterNetwork gives it). */
  analysisDayChoice?: ReactNode;
  onReload?(): void;
}

const SIZE_LABEL = {
  degree: nm.byDegree,
  betweenness: nm.byBetweenness,
  pagerank: nm.byPagerank,
  eigenvector: nm.byEigenvector,
};

/**
 * A centre's signed network: the drawing first (sigma or Canvas 2D, see renderer-choice.ts) with the time
 * slider under it and the selected node's details beside it; then the ways to simplify a big network
 * (community summary, k-core, ego network), filters, legend, exports and the table alternative. Reusable:
 * it takes data, the page decides where it comes from.
 */
export function NetworkView({
  network,
  analysis,
  typeLabels,
  title,
  exportCenterId,
  centerId,
  analysisDayChoice,
  onReload,
}: Props) {
  const { t, lang } = useI18n();
  const [view, setView] = useState<ViewState>(() => initialView(network.ties.length, analysis));
  // A big network opens summarised by community, so its colours are the communities' too.
  const [controls, setControls] = useState<ControlState>(() => ({
    sizeBy: analysis ? 'betweenness' : 'degree',
    colourBy: analysis?.camps && !view.collapsed ? 'camp' : analysis ? 'community' : 'kind',
    tieColourBy: 'valence',
    valences: new Set(['collaboration', 'conflict', 'coopetition']),
    type: '',
    day: null,
    renderer: storedRendererChoice(),
    positionsK: 3,
  }));
  const [selected, setSelected] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [handle, setHandle] = useState<CanvasHandle | null>(null);
  const [layoutRun, setLayoutRun] = useState(0);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [webglMissing, setWebglMissing] = useState(false);
  // The what-if open in the panel below, and whether the drawing shows it ("after") or today.
  const [whatIf, setWhatIf] = useState<{ result: WhatIfResult; edits: WhatIfEditInput[] } | null>(null);
  const [showAfter, setShowAfter] = useState(true);

  const graph = useMemo(() => buildGraph(network, analysis), [network, analysis]);
  const filter = useMemo<TieFilter>(
    () => ({
      valences: controls.valences,
      types: new Set(controls.type ? [controls.type] : []),
      at: controls.day === null ? null : isoOfDay(controls.day),
    }),
    [controls.valences, controls.type, controls.day],
  );
  const typePalette = useMemo(() => {
    const counts = new Map<string, number>();
    for (const tie of network.ties) counts.set(tie.type, (counts.get(tie.type) ?? 0) + 1);
    return groupPalette(counts);
  }, [network]);
  const communityLabel = useCallback(
    (n: number, members: number) => t(nm.communityNode, { n: n + 1, members }),
    [t],
  );
  // The block image beside the graph and the colouring by position show the same k.
  const blockmodel = useBlockmodel(centerId, controls.positionsK);
  const { drawn, drawFilter, palette, sizes, maxCore, communities } = useNetworkViews({
    graph,
    analysis,
    sizeBy: controls.sizeBy,
    colourBy: controls.colourBy,
    tieColourBy: controls.tieColourBy,
    typePalette,
    filter,
    view,
    selected,
    positions: blockmodel.positions,
    communityLabel,
  });
  const focus = useMemo(() => {
    if (!selected || !drawn.hasNode(selected)) return null;
    const neighbours = new Set<string>();
    drawn.forEachEdge(selected, (_e, attrs, source, target) => {
      if (tieVisible(attrs.tie, drawFilter)) neighbours.add(source === selected ? target : source);
    });
    return { node: selected, neighbours };
  }, [drawn, selected, drawFilter]);
  // The what-if's changes in the drawing's terms, from the what-if's own answer: no request of their own.
  const marks = useMemo(
    () => (whatIf ? whatIfMarks(network, whatIf.result, whatIf.edits) : null),
    [network, whatIf],
  );
  const shownMarks = showAfter ? marks : null;
  // Added ties are edges of the drawn graph while "after" is shown (before the drawings' effects count).
  useLayoutEffect(() => (shownMarks ? addMarkedTies(drawn, shownMarks) : undefined), [drawn, shownMarks]);
  const onWhatIf = (result: WhatIfResult | null, edits: WhatIfEditInput[]) => {
    setWhatIf(result ? { result, edits } : null);
    setShowAfter(true);
    if (!result || !view.collapsed) return;
    // As for a selected node: a community holding a changed firm opens, so the change can be seen.
    const opened = new Set(view.expanded);
    for (const node of whatIfMarks(network, result, edits).touched) {
      const community = measures.get(node)?.community ?? null;
      if (community !== null) opened.add(community);
    }
    if (opened.size > view.expanded.size) setView({ ...view, expanded: opened });
  };
  const renderer = useMemo(() => chooseRenderer(drawn, controls.renderer), [drawn, controls.renderer]);
  useEffect(() => rememberRendererChoice(controls.renderer), [controls.renderer]);
  const visibleTies = useMemo(
    () => network.ties.filter((tie) => tieVisible(tie, { ...filter, nodes: drawFilter.nodes })),
    [network, filter, drawFilter.nodes],
  );
  const measures = useMemo(() => new Map((analysis?.nodes ?? []).map((m) => [m.id, m])), [analysis]);
  const names = useMemo(() => new Map(network.nodes.map((n) => [n.id, n.label])), [network]);
  const types = useMemo(() => {
    const present = [...new Set(network.ties.map((tie) => tie.type))];
    return present
      .map((code) => ({ code, label: typeLabels.get(code) ?? code }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [network, typeLabels]);
  const range = useMemo(() => dateRange(network.ties), [network]);

  const search = (query: string) => {
    const q = query.toLocaleLowerCase();
    const match =
      network.nodes.find((n) => n.label.toLocaleLowerCase() === q) ??
      network.nodes.find((n) => n.label.toLocaleLowerCase().includes(q));
    if (match) select(match.id);
    return !!match;
  };
  // A node inside a collapsed community opens the community first, so it can be seen.
  function select(node: string | null) {
    const community = node ? (measures.get(node)?.community ?? null) : null;
    if (view.collapsed && community !== null && !view.expanded.has(community))
      setView({ ...view, expanded: new Set([...view.expanded, community]) });
    setSelected(node);
  }
  const onNodeClick = (node: string) => {
    const community = communityOfNode(node);
    if (community === null) return select(node);
    setView({ ...view, expanded: new Set([...view.expanded, community]) });
  };
  const selectedNode = selected ? network.nodes.find((n) => n.id === selected) : undefined;

  return (
    <div className="network-view">
      <div className="network-main">
        {network.ties.length === 0 && <p className="alert">{t(nm.emptyNetwork)}</p>}
        {webglMissing && renderer === 'webgl' ? (
          <p className="alert">{t(nm.webglMissing)}</p>
        ) : (
          <NetworkCanvas
            renderer={renderer}
            graph={drawn}
            filter={drawFilter}
            focus={focus}
            label={t(nm.canvasLabel, { nodes: drawn.order, ties: visibleTies.length })}
            onNodeClick={onNodeClick}
            onHandle={setHandle}
            onWebglMissing={() => setWebglMissing(true)}
            layoutRun={layoutRun}
            onLayoutChange={setLayoutRunning}
            marks={shownMarks}
          />
        )}
        <div className="network-toolbar">
          <span className="small" aria-live="polite">
            {t(nm.shown, {
              nodes: formatNumber(lang, drawFilter.nodes?.size ?? drawn.order),
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
        {range && (
          <TimeSlider
            range={range}
            day={controls.day}
            onDay={(day) => setControls((c) => ({ ...c, day }))}
            playing={playing}
            onPlaying={setPlaying}
          />
        )}
        {marks && <WhatIfLegend marks={marks} after={showAfter} onAfter={setShowAfter} />}
        <NetworkLegend
          colourBy={controls.colourBy}
          sizeLabel={t(SIZE_LABEL[controls.sizeBy])}
          groups={[...sizes.keys()].sort((a, b) => a - b)}
          palette={palette}
          collapsed={view.collapsed}
          tieTypes={
            controls.tieColourBy === 'type'
              ? types.map((ty) => ({ ...ty, colour: typePalette.get(ty.code) ?? null }))
              : null
          }
          dense={renderer === 'canvas' && tieFade(drawn.size) < 1}
          large={renderer === 'canvas' && isLargeGraph(drawn)}
        />
        <ViewControls
          view={view}
          onChange={setView}
          hasCommunities={(analysis?.indicators.communities ?? 0) > 1}
          maxCore={maxCore}
          hasSelection={!!selected}
          communities={communities}
        />
        <NetworkControls
          state={controls}
          onChange={setControls}
          types={types}
          hasAnalysis={!!analysis}
          hasPositions={!!centerId}
          onSearch={search}
        />
        <NetworkExports
          handle={handle}
          graph={drawn}
          filter={drawFilter}
          title={title}
          exportCenterId={exportCenterId}
        />
        <NetworkTables
          nodes={network.nodes}
          ties={visibleTies}
          measures={measures}
          typeLabel={(code) => typeLabels.get(code) ?? code}
          onFocus={select}
        />
        {analysis && <BrokeragePanel centerId={analysis.centerId} at={analysis.at} names={names} />}
        {centerId && <WhatIfPanel centerId={centerId} names={names} onResult={onWhatIf} />}
        {centerId && (
          <TieEvidencePanel centerId={centerId} typeLabel={(code) => typeLabels.get(code) ?? code} />
        )}
      </div>
      <aside className="network-side">
        {selectedNode && (
          <NodeDetails
            node={selectedNode}
            measures={measures.get(selectedNode.id) ?? null}
            ties={visibleTies.filter(
              (tie) => tie.source === selectedNode.id || tie.target === selectedNode.id,
            )}
            neighbours={focus?.neighbours.size ?? 0}
            names={names}
            typeLabel={(code) => typeLabels.get(code) ?? code}
            onSelect={select}
            onClose={() => setSelected(null)}
          />
        )}
        {analysis ? (
          <AnalysisPanel analysis={analysis} names={names} dayChoice={analysisDayChoice}>
            {blockmodel.error && <ErrorView error={blockmodel.error} onRetry={blockmodel.reload} />}
            {blockmodel.data && (
              <BlockImage model={blockmodel.data} name={(id) => names.get(id) ?? id.slice(0, 8)} />
            )}
            {centerId && <CommunityMethod centerId={centerId} />}
          </AnalysisPanel>
        ) : (
          <p className="alert">{t(nm.analysisMissing)}</p>
        )}
      </aside>
    </div>
  );
}
