/**
 * A neutral, in-memory model of a qualitative (QDA) project, shaped after REFI-QDA 1.0 but free of its
 * XML: what Simpul's research tables map to before writing a `.qdpx`/`.qdc`, and what reading one gives.
 *
 * Every entity has a stable `id` (Simpul's own id on export, the file's GUID on import). Positions are
 * half-open `[start, end)` in Unicode code points of the source's plain text, which is held with `\n`
 * line ends and no BOM.
 */

/** A person who created or changed something. */
export interface QdaUser {
  id: string;
  name?: string;
}

/** A code in the tree; `codable: false` marks a theme that only groups codes. */
export interface QdaCode {
  id: string;
  name: string;
  codable: boolean;
  /** `#rrggbb`. */
  color?: string;
  description?: string;
  /** Ids of notes (memos) on the code. */
  noteIds?: string[];
  children: QdaCode[];
}

export const VARIABLE_TYPES = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'] as const;
export type QdaVariableType = (typeof VARIABLE_TYPES)[number];

/** An attribute of cases or sources. */
export interface QdaVariable {
  id: string;
  name: string;
  type: QdaVariableType;
  description?: string;
}

/** A variable's value, as its canonical text (`true`, `42`, `3.5`, `2026-01-31`, an ISO date-time). */
export interface QdaVariableValue {
  variableId: string;
  value: string;
}

/** An informant, enterprise or institution, linked to whole sources or to selections. */
export interface QdaCase {
  id: string;
  name: string;
  description?: string;
  codeIds?: string[];
  values: QdaVariableValue[];
  sourceIds: string[];
  selectionIds: string[];
}

/** One code applied by one coder. */
export interface QdaCoding {
  id: string;
  codeId: string;
  userId?: string;
  createdAt?: Date;
  noteIds?: string[];
}

/** A span of a text source: `[start, end)` in code points. */
export interface QdaSelection {
  id: string;
  start: number;
  end: number;
  userId?: string;
  createdAt?: Date;
  description?: string;
  codings: QdaCoding[];
  noteIds?: string[];
}

/** A plain-text source (transcript, field note). `text` uses `\n` line ends. */
export interface QdaTextSource {
  id: string;
  name: string;
  text: string;
  description?: string;
  userId?: string;
  createdAt?: Date;
  selections: QdaSelection[];
  /** Codings of the whole document. */
  codings: QdaCoding[];
  noteIds?: string[];
  values: QdaVariableValue[];
}

/** A memo: a titled text, referenced from whatever it is about. */
export interface QdaNote {
  id: string;
  name?: string;
  text: string;
  userId?: string;
  createdAt?: Date;
}

export const LINK_DIRECTIONS = ['Associative', 'OneWay', 'Bidirectional'] as const;
export type QdaLinkDirection = (typeof LINK_DIRECTIONS)[number];

/** A relation between two objects of the project (in Simpul: a tie between two enterprise cases). */
export interface QdaLink {
  id: string;
  name?: string;
  direction?: QdaLinkDirection;
  color?: string;
  originId?: string;
  targetId?: string;
  noteIds?: string[];
}

/** A named group of codes, sources or notes (REFI-QDA sets cannot hold cases). */
export interface QdaSet {
  id: string;
  name: string;
  description?: string;
  codeIds: string[];
  sourceIds: string[];
  noteIds: string[];
}

export interface QdaProject {
  name: string;
  origin?: string;
  description?: string;
  createdAt?: Date;
  modifiedAt?: Date;
  creatingUserId?: string;
  users: QdaUser[];
  codes: QdaCode[];
  variables: QdaVariable[];
  cases: QdaCase[];
  sources: QdaTextSource[];
  notes: QdaNote[];
  links: QdaLink[];
  sets: QdaSet[];
  /** Notes about the whole project. */
  noteIds?: string[];
}

/** A codebook on its own (`.qdc`). */
export interface QdaCodebook {
  origin?: string;
  codes: QdaCode[];
  sets: QdaSet[];
}

/** An empty project named `name`. */
export function emptyProject(name: string): QdaProject {
  return {
    name,
    users: [],
    codes: [],
    variables: [],
    cases: [],
    sources: [],
    notes: [],
    links: [],
    sets: [],
  };
}

/** Every code of a tree, depth first, parents before children. */
export function* allCodes(codes: readonly QdaCode[]): Generator<QdaCode> {
  for (const code of codes) {
    yield code;
    yield* allCodes(code.children);
  }
}
