/**
 * The group of each node for `simpul network analyze --brokerage-groups`: either a CSV file of `id,group`
 * rows (a header row naming the columns is skipped), or the name of a node attribute of a GEXF or
 * GraphML network file (matched by title or name, case-insensitively).
 */

import { readFile, stat } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/lang.ts';
import { attr, child, children, parseXml, textOf, type XmlElement } from './xml/xml-tree.ts';

const invalid = (message: string) =>
  new AppError('validation_failed', message, [{ path: '--brokerage-groups', message }]);

/** Groups by node id from `source` (a CSV file path, else an attribute of `networkFile`). */
export async function readNodeGroups(
  source: string,
  networkFile: string,
  format: string,
): Promise<Map<string, string>> {
  const isFile = await stat(source).then(
    (info) => info.isFile(),
    () => false,
  );
  if (isFile) return csvGroups(await readFile(source, 'utf8'));
  if (format !== 'gexf' && format !== 'graphml') {
    throw invalid(
      tr(
        {
          id: '--brokerage-groups: {source} bukan berkas; nama atribut titik hanya dibaca dari GEXF atau GraphML',
          en: '--brokerage-groups: {source} is not a file; node attribute names are read from GEXF or GraphML only',
        },
        { source },
      ),
    );
  }
  const text = await readFile(networkFile, 'utf8');
  const groups = format === 'gexf' ? gexfAttribute(text, source) : graphmlAttribute(text, source);
  if (groups.size === 0) {
    throw invalid(
      tr(
        {
          id: '--brokerage-groups: tidak ada titik di {file} yang punya atribut {source}',
          en: '--brokerage-groups: no node in {file} has the attribute {source}',
        },
        { file: networkFile, source },
      ),
    );
  }
  return groups;
}

function csvGroups(text: string): Map<string, string> {
  const groups = new Map<string, string>();
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch {
    throw invalid(
      tr({
        id: '--brokerage-groups: berkas CSV tidak dapat dibaca (harus baris id,kelompok)',
        en: '--brokerage-groups: the CSV file cannot be read (it must hold id,group rows)',
      }),
    );
  }
  rows.forEach((row, index) => {
    const [id, group] = [row[0]?.trim() ?? '', row[1]?.trim() ?? ''];
    if (index === 0 && /^(id|node|titik)$/i.test(id)) return;
    if (id !== '' && group !== '') groups.set(id, group);
  });
  return groups;
}

function gexfAttribute(text: string, name: string): Map<string, string> {
  const graph = child(child(parseXml(text), 'gexf'), 'graph');
  const ids = declaredIds(children(graph, 'attributes'), 'node', 'attribute', 'title', name);
  const groups = new Map<string, string>();
  for (const node of children(child(graph, 'nodes'), 'node')) {
    const id = attr(node, 'id');
    for (const value of children(child(node, 'attvalues'), 'attvalue')) {
      const key = attr(value, 'for') ?? attr(value, 'id') ?? '';
      const given = attr(value, 'value');
      if (id !== undefined && given !== undefined && ids.has(key)) groups.set(id, given);
    }
  }
  return groups;
}

function graphmlAttribute(text: string, name: string): Map<string, string> {
  const root = child(parseXml(text), 'graphml');
  const keys = new Set<string>();
  for (const key of children(root, 'key')) {
    const id = attr(key, 'id');
    const usage = attr(key, 'for') ?? 'all';
    const named = (attr(key, 'attr.name') ?? id ?? '').toLowerCase() === name.toLowerCase();
    if (id !== undefined && named && (usage === 'node' || usage === 'all')) keys.add(id);
  }
  const groups = new Map<string, string>();
  for (const node of children(child(root, 'graph'), 'node')) {
    const id = attr(node, 'id');
    for (const data of children(node, 'data')) {
      if (id !== undefined && keys.has(attr(data, 'key') ?? '')) groups.set(id, textOf(data));
    }
  }
  return groups;
}

// Ids of the declarations of class `cls` whose title (or id) is `name`.
function declaredIds(
  blocks: XmlElement[],
  cls: string,
  element: string,
  titleAttr: string,
  name: string,
): Set<string> {
  const ids = new Set<string>();
  for (const block of blocks) {
    if (attr(block, 'class') !== cls) continue;
    for (const declared of children(block, element)) {
      const id = attr(declared, 'id');
      const title = attr(declared, titleAttr) ?? id ?? '';
      if (id !== undefined && title.toLowerCase() === name.toLowerCase()) ids.add(id);
    }
  }
  return ids;
}
