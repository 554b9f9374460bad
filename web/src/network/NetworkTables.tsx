import { useState } from 'react';
import type { NodeMeasures } from '../../../src/networks/analysis/analysis.schema.ts';
import type { NetworkNode, NetworkTie } from '../../../src/networks/view/network.schema.ts';
import { Link } from '../app/router.tsx';
import { MeasureName } from '../glossary/MeasureInfo.tsx';
import { formatDate, formatMeasure } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { nm } from './messages.ts';
import { TableWrap } from './TableWrap.tsx';

const PAGE = 100;

interface Props {
  nodes: NetworkNode[];
  ties: NetworkTie[];
  measures: Map<string, NodeMeasures>;
  typeLabel(code: string): string;
  onFocus(node: string): void;
}

/** The text alternative of the canvas: every node with its measures, and every tie the filters keep. */
export function NetworkTables({ nodes, ties, measures, typeLabel, onFocus }: Props) {
  const { t, lang } = useI18n();
  const [allNodes, setAllNodes] = useState(false);
  const [allTies, setAllTies] = useState(false);
  const names = new Map(nodes.map((n) => [n.id, n.label]));
  const degree = new Map<string, number>();
  for (const tie of ties) {
    degree.set(tie.source, (degree.get(tie.source) ?? 0) + 1);
    degree.set(tie.target, (degree.get(tie.target) ?? 0) + 1);
  }
  const rows = [...nodes].sort((a, b) => a.label.localeCompare(b.label));
  const shownNodes = allNodes ? rows : rows.slice(0, PAGE);
  const shownTies = allTies ? ties : ties.slice(0, PAGE);
  return (
    <details className="network-tables">
      <summary>{t(nm.textAlternative)}</summary>
      <h3 id="network-nodes-title">{t(nm.nodesTable)}</h3>
      <TableWrap label={t(nm.nodesTable)}>
        <table aria-labelledby="network-nodes-title" data-testid="network-nodes-table">
          <thead>
            <tr>
              <th scope="col">{t(nm.colName)}</th>
              <th scope="col">{t(nm.colKind)}</th>
              <th scope="col" className="num">
                <MeasureName term="degree" />
              </th>
              <th scope="col" className="num">
                <MeasureName term="betweenness" />
              </th>
              <th scope="col" className="num">
                <MeasureName term="pagerank" />
              </th>
              <th scope="col" className="num">
                <MeasureName term="eigenvector" />
              </th>
              <th scope="col" className="num">
                <MeasureName term="strength" />
              </th>
              <th scope="col" className="num">
                <MeasureName term="positiveStrength" />
              </th>
              <th scope="col" className="num">
                <MeasureName term="negativeStrength" />
              </th>
              <th scope="col" className="num">
                <MeasureName term="ordersGiven" />
              </th>
              <th scope="col" className="num">
                <MeasureName term="ordersReceived" />
              </th>
              <th scope="col" className="num">
                <MeasureName term="community" />
              </th>
              <th scope="col" className="num">
                <MeasureName term="camp" />
              </th>
            </tr>
          </thead>
          <tbody>
            {shownNodes.map((node) => {
              const m = measures.get(node.id);
              return (
                <tr key={node.id}>
                  <th scope="row">
                    <button type="button" className="linklike" onClick={() => onFocus(node.id)}>
                      {node.label}
                    </button>
                    {node.kind === 'enterprise' && (
                      <>
                        {' '}
                        <Link
                          href={`/ikm/${node.id}`}
                          className="small"
                          aria-label={`${t(nm.openFirm)}: ${node.label}`}
                        >
                          ↗
                        </Link>
                      </>
                    )}
                    {node.kind === 'enterprise' && !node.member && (
                      <span className="muted small"> {t(nm.outsider)}</span>
                    )}
                  </th>
                  <td>{t(node.kind === 'enterprise' ? nm.kindEnterprise : nm.kindInstitution)}</td>
                  <td className="num">
                    {formatMeasure(lang, 'degree', m?.degree ?? degree.get(node.id) ?? 0)}
                  </td>
                  <td className="num">{formatMeasure(lang, 'betweenness', m?.betweenness)}</td>
                  <td className="num">{formatMeasure(lang, 'pagerank', m?.pagerank)}</td>
                  <td className="num">{formatMeasure(lang, 'eigenvector', m?.eigenvector)}</td>
                  <td className="num">{formatMeasure(lang, 'strength', m?.strength)}</td>
                  <td className="num">{formatMeasure(lang, 'positiveStrength', m?.positiveStrength)}</td>
                  <td className="num">{formatMeasure(lang, 'negativeStrength', m?.negativeStrength)}</td>
                  <td className="num">{formatMeasure(lang, 'ordersGiven', m?.ordersGiven)}</td>
                  <td className="num">{formatMeasure(lang, 'ordersReceived', m?.ordersReceived)}</td>
                  <td className="num">
                    {m?.community === null || m?.community === undefined ? '–' : m.community + 1}
                  </td>
                  <td className="num">{m?.camp === null || m?.camp === undefined ? '–' : m.camp + 1}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      {rows.length > PAGE && !allNodes && (
        <p className="small">
          {t(nm.moreRows, { shown: PAGE, total: rows.length })}{' '}
          <button type="button" onClick={() => setAllNodes(true)}>
            {t(nm.showAll)}
          </button>
        </p>
      )}
      <h3 id="network-ties-title">{t(nm.tiesTable)}</h3>
      <TableWrap label={t(nm.tiesTable)}>
        <table aria-labelledby="network-ties-title" data-testid="network-ties-table">
          <thead>
            <tr>
              <th scope="col">{t(nm.colFrom)}</th>
              <th scope="col">{t(nm.colTo)}</th>
              <th scope="col">{t(nm.colType)}</th>
              <th scope="col">{t(nm.colValence)}</th>
              <th scope="col">{t(nm.colPeriod)}</th>
            </tr>
          </thead>
          <tbody>
            {shownTies.map((tie) => (
              <tr key={tie.id} data-valence={tie.valence}>
                <td>{names.get(tie.source) ?? '–'}</td>
                <td>
                  {tie.directed ? '→ ' : '↔ '}
                  {names.get(tie.target) ?? '–'}
                </td>
                <td>{typeLabel(tie.type)}</td>
                <td>
                  <span
                    className={`badge ${tie.valence === 'collaboration' ? 'collab' : tie.valence === 'conflict' ? 'conflict' : ''}`}
                  >
                    {t(nm[tie.valence])}
                  </span>
                </td>
                <td>
                  {formatDate(lang, tie.startDate)} –{' '}
                  {tie.endDate ? formatDate(lang, tie.endDate) : t(nm.ongoing)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {ties.length > PAGE && !allTies && (
        <p className="small">
          {t(nm.moreRows, { shown: PAGE, total: ties.length })}{' '}
          <button type="button" onClick={() => setAllTies(true)}>
            {t(nm.showAll)}
          </button>
        </p>
      )}
    </details>
  );
}
