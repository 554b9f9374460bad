/**
 * What an export or import could not carry over, counted by kind: each entry says in both languages
 * what was lost and how often, with the line of the first occurrence in the file when there is one.
 */

import { type Lang, type Message, tr } from '../../shared/lang.ts';

export interface LossEntry {
  /** A stable key (`pdf-source`, `bad-selection`, …) for tests and for the screen. */
  kind: string;
  /** The message, with `{count}` (and `{line}`) placeholders. */
  message: Message;
  count: number;
  /** The line of the first occurrence in the `.qde`/`.qdc`, when known. */
  line?: number;
  /** Further placeholders of `message` (an element's name, a file's), from the first occurrence. */
  params?: Record<string, string | number>;
}

export class LossReport {
  private readonly byKind = new Map<string, LossEntry>();

  /** Counts one occurrence of `kind`. */
  add(kind: string, message: Message, line?: number, params?: Record<string, string | number>): void {
    const entry = this.byKind.get(kind);
    if (entry) {
      entry.count++;
      if (entry.line === undefined && line !== undefined) entry.line = line;
      return;
    }
    const created: LossEntry = { kind, message, count: 1 };
    if (line !== undefined) created.line = line;
    if (params !== undefined) created.params = params;
    this.byKind.set(kind, created);
  }

  get entries(): LossEntry[] {
    return [...this.byKind.values()];
  }

  has(kind: string): boolean {
    return this.byKind.has(kind);
  }

  count(kind: string): number {
    return this.byKind.get(kind)?.count ?? 0;
  }

  /** Each entry as a sentence in `lang`, with the line of its first occurrence. */
  lines(lang?: Lang): string[] {
    return this.entries.map((e) => {
      const text = tr(e.message, { ...e.params, count: e.count }, lang);
      return e.line === undefined
        ? text
        : `${text} (${tr({ id: 'pertama di baris {line}', en: 'first at line {line}' }, { line: e.line }, lang)})`;
    });
  }
}
