import { useState } from 'react';
import { api, saveBlob } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { CanvasHandle } from './canvas-types.ts';
import type { NetworkGraph, TieFilter } from './graph-model.ts';
import { nm } from './messages.ts';
import { networkToSvg } from './svg-export.ts';

interface Props {
  handle: CanvasHandle | null;
  /** The graph as drawn (a community summary exports as such). */
  graph: NetworkGraph;
  filter: TieFilter;
  title: string;
  exportCenterId?: string;
}

/** PNG of the screen, SVG of the drawn graph, and the server's GEXF/GraphML/CSV of the centre. */
export function NetworkExports({ handle, graph, filter, title, exportCenterId }: Props) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const download = async (make: () => Promise<Blob | null>, filename: string) => {
    setError(null);
    try {
      const blob = await make();
      if (blob) saveBlob(blob, filename);
    } catch (e) {
      setError(t(nm.exportFailed, { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const base = `sentra-${exportCenterId ?? 'jaringan'}${filter.at ? `-${filter.at}` : ''}`;
  const formats = { gexf: nm.exportGexf, graphml: nm.exportGraphml, csv: nm.exportCsv } as const;
  return (
    <>
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
              {t(formats[format])}
            </button>
          ))}
      </fieldset>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
