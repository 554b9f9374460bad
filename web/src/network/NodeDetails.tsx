import type { NodeMeasures } from '../../../src/networks/analysis/analysis.schema.ts';
import type { NetworkNode, NetworkTie } from '../../../src/networks/view/network.schema.ts';
import { NODE_GLOSSARY } from '../../../src/shared/glossary-nodes.ts';
import { Link } from '../app/router.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { nm } from './messages.ts';

/** Gould–Fernandez brokerage roles, as the analysis counts them. */
const ROLE = {
  coordinator: nm.roleCoordinator,
  itinerant: nm.roleItinerant,
  gatekeeper: nm.roleGatekeeper,
  representative: nm.roleRepresentative,
  liaison: nm.roleLiaison,
};

/** At most this many ties are listed; the tables below the drawing hold the rest. */
const MAX_TIES = 12;

interface Props {
  node: NetworkNode;
  measures: NodeMeasures | null;
  /** The ties of the node the filters keep. */
  ties: NetworkTie[];
  neighbours: number;
  names: Map<string, string>;
  typeLabel(code: string): string;
  onSelect(node: string): void;
  onClose(): void;
}

/**
 * The selected node beside the drawing (as Kumu and Gephi Lite do): who it is, its measures and roles
 * from the stored analysis, and its ties, each partner a button that selects it in turn.
 */
export function NodeDetails({
  node,
  measures,
  ties,
  neighbours,
  names,
  typeLabel,
  onSelect,
  onClose,
}: Props) {
  const { t, lang } = useI18n();
  const num = (v: number | null | undefined, digits = 3) => formatNumber(lang, v ?? null, digits);
  const rows: [string, string][] = measures
    ? [
        [t(NODE_GLOSSARY.degree.term), num(measures.degree, 0)],
        [t(NODE_GLOSSARY.betweenness.term), num(measures.betweenness)],
        [t(NODE_GLOSSARY.pagerank.term), num(measures.pagerank)],
        [t(nm.detailCore), num(measures.core, 0)],
        [t(NODE_GLOSSARY.community.term), measures.community === null ? '–' : String(measures.community + 1)],
        [t(NODE_GLOSSARY.camp.term), measures.camp === null ? '–' : String(measures.camp + 1)],
        [t(nm.detailConstraint), num(measures.constraint)],
        [t(NODE_GLOSSARY.strength.term), num(measures.strength, 0)],
        [t(NODE_GLOSSARY.positiveStrength.term), num(measures.positiveStrength, 0)],
        [t(NODE_GLOSSARY.negativeStrength.term), num(measures.negativeStrength, 0)],
        [t(NODE_GLOSSARY.ordersGiven.term), num(measures.ordersGiven, 0)],
        [t(NODE_GLOSSARY.ordersReceived.term), num(measures.ordersReceived, 0)],
      ]
    : [];
  const roles = measures?.brokerage
    ? (Object.entries(measures.brokerage) as [keyof typeof ROLE, number][]).filter(([, n]) => n > 0)
    : [];
  return (
    <section className="card node-details" aria-labelledby="node-details-title" data-testid="node-details">
      <div className="network-focus" data-testid="network-focus" data-node={node.id} role="status">
        <h2 id="node-details-title">{node.label}</h2>
        <p className="small">
          {t(nm.focused, { name: node.label, n: neighbours })}{' '}
          {node.kind === 'enterprise' && <Link href={`/ikm/${node.id}`}>{t(nm.openFirm)}</Link>}
        </p>
        <button type="button" onClick={onClose}>
          {t(nm.clearFocus)}
        </button>
      </div>
      <p className="muted small">
        {t(node.kind === 'enterprise' ? nm.kindEnterprise : nm.kindInstitution)}
        {node.kind === 'enterprise' && !node.member && ` ${t(nm.outsider)}`}
        {node.commodity && ` · ${node.commodity}`}
      </p>
      {rows.length > 0 && (
        <dl className="node-measures">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {roles.length > 0 && (
        <p className="small">
          {t(nm.detailRoles)} {roles.map(([role, n]) => `${t(ROLE[role])} ${n}`).join(', ')}
        </p>
      )}
      <h3>{t(nm.detailTies, { n: ties.length })}</h3>
      <ul className="node-ties">
        {ties.slice(0, MAX_TIES).map((tie) => {
          const other = tie.source === node.id ? tie.target : tie.source;
          return (
            <li key={tie.id}>
              <span className={`badge ${tie.valence === 'conflict' ? 'conflict' : 'collab'}`}>
                {t(nm[tie.valence])}
              </span>{' '}
              {typeLabel(tie.type)}:{' '}
              <button type="button" className="linklike" onClick={() => onSelect(other)}>
                {names.get(other) ?? other.slice(0, 8)}
              </button>
            </li>
          );
        })}
      </ul>
      {ties.length > MAX_TIES && (
        <p className="muted small">{t(nm.detailMoreTies, { n: ties.length - MAX_TIES })}</p>
      )}
    </section>
  );
}
