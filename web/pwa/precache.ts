import type { Plugin } from 'vite';

/** What the precache keeps of a build: file names (relative to dist/web) of the chunks the field screens need. */
export interface FieldPrecache {
  /** Records the bundle's import graph while Vite writes it (runs before the service worker is generated). */
  plugin: Plugin;
  /** Keeps the app shell (HTML, CSS, the entry chunk and its imports) and the field screens' chunks. */
  keep(url: string): boolean;
}

interface ChunkInfo {
  imports: string[];
  isEntry: boolean;
  moduleId: string | null;
}

/**
 * Chooses what the service worker precaches: every screen is its own chunk and the whole app is ~5 MB of
 * JavaScript, too much to push onto a low-end phone on 3G. The shell and the screens under
 * `web/src/field/` (with the chunks they statically import) are enough for an offline reload of the field
 * screens; other screens are cached at run time when first opened online.
 */
export function fieldPrecache(): FieldPrecache {
  const chunks = new Map<string, ChunkInfo>();
  const plugin: Plugin = {
    name: 'simpul-field-precache',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks.set(file, {
          imports: output.imports,
          isEntry: output.isEntry,
          moduleId: output.facadeModuleId,
        });
      }
    },
  };
  let kept: Set<string> | null = null;
  const closure = (): Set<string> => {
    const out = new Set<string>();
    const visit = (file: string) => {
      if (out.has(file)) return;
      out.add(file);
      for (const next of chunks.get(file)?.imports ?? []) visit(next);
    };
    for (const [file, info] of chunks) {
      const field = info.moduleId?.replaceAll('\\', '/').includes('/web/src/field/') ?? false;
      if (info.isEntry || field) visit(file);
    }
    return out;
  };
  return {
    plugin,
    keep(url) {
      if (!url.endsWith('.js')) return true;
      kept ??= closure();
      return kept.has(url);
    },
  };
}
