/**
 * The group of every node of a centre's network under a brokerage grouping, with a readable label in the
 * request's language. Under the firm groupings, institutions (nodes too) form one group "institutions";
 * under the institution grouping each joins the group of the firms that belong to it alone, firms in no
 * institution form "none", and a firm in several forms a group of that combination (sorted by id). A firm
 * whose attribute is not recorded joins the group "not recorded".
 */

import { CLASS_LABELS } from '../../enterprises/size-class-words.ts';
import { bpsClass } from '../../enterprises/size-classes.ts';
import { type Lang, tr } from '../../shared/i18n.ts';
import type { CenterNetwork } from '../view/network.schema.ts';
import type { BrokerageGrouping } from './brokerage.schema.ts';
import type { FirmGroupFacts } from './brokerage-groups.repo.ts';

/** A node's group: its key (equal keys, one group) and label. */
export interface NodeGroup {
  key: string;
  label: string;
}

const WORDS = {
  unknown: { id: 'tidak tercatat', en: 'not recorded' },
  none: { id: 'tidak ada lembaga', en: 'no institution' },
  institutions: { id: 'lembaga', en: 'institutions' },
  community: { id: 'komunitas {n}', en: 'community {n}' },
} as const;

/** Inputs of `nodeGroups` besides the network. */
export interface NodeGroupInputs {
  /** Louvain community of every node (grouping `community`). */
  community?: ReadonlyMap<string, number>;
  /** Registry facts of the firms (the other groupings). */
  facts?: ReadonlyMap<string, FirmGroupFacts>;
  /** The year the size class is read for (only its figures' year matters to the class bands). */
  year: number;
  lang: Lang;
}

/** The group of every node of `network` by `grouping`. */
export function nodeGroups(
  network: CenterNetwork,
  grouping: BrokerageGrouping,
  inputs: NodeGroupInputs,
): Map<string, NodeGroup> {
  const { lang } = inputs;
  const unknown = { key: ':unknown', label: tr(WORDS.unknown, {}, lang) };
  const groups = new Map<string, NodeGroup>();
  for (const node of network.nodes) {
    const facts = inputs.facts?.get(node.id);
    let group: NodeGroup = unknown;
    if (grouping === 'community') {
      const c = inputs.community?.get(node.id);
      if (c !== undefined && c >= 0)
        group = { key: String(c), label: tr(WORDS.community, { n: c + 1 }, lang) };
    } else if (node.kind === 'institution') {
      group =
        grouping === 'institution'
          ? { key: node.id, label: node.label }
          : { key: ':institutions', label: tr(WORDS.institutions, {}, lang) };
    } else if (grouping === 'institution') {
      const list = facts?.institutions ?? [];
      group =
        list.length === 0
          ? { key: ':none', label: tr(WORDS.none, {}, lang) }
          : { key: list.map((i) => i.id).join('+'), label: list.map((i) => i.name).join(' + ') };
    } else if (grouping === 'village') {
      if (facts?.village) group = { key: facts.village.code, label: facts.village.name };
    } else if (grouping === 'commodity') {
      const name = node.commodity?.trim();
      if (name) group = { key: name.toLocaleLowerCase('id'), label: name };
    } else if (grouping === 'kbli') {
      const first = facts?.kbli[0];
      if (first)
        group = { key: first.code, label: first.title ? `${first.code} ${first.title}` : first.code };
    } else {
      group = sizeGroup(facts?.workers ?? null, inputs.year, lang) ?? unknown;
    }
    groups.set(node.id, group);
  }
  return groups;
}

function sizeGroup(workers: number | null, year: number, lang: Lang): NodeGroup | null {
  const size = bpsClass(
    {
      year,
      workersMale: workers,
      workersFemale: null,
      investmentExclLandBuilding: null,
      businessCapital: null,
      annualSales: null,
    },
    { lang },
  );
  if (size.class === null) return null;
  const label = CLASS_LABELS.bps_workers[size.class];
  return { key: size.class, label: label ? tr(label, {}, lang) : size.class };
}
