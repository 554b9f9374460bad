import type { CenterLayers } from '../../../src/networks/analysis/timeline.schema.ts';
import { formatMeasure, formatValue } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { DataTable } from '../ui/DataTable.tsx';
import { tm } from './timeline-messages.ts';

type Layer = CenterLayers['layers'][number];
const JACCARD = { kind: 'index', digits: 2 } as const;

/** The centre's tie-type layers: one row per type with its indicators, then the overlap matrix. */
export function LayerTable({ layers }: { layers: CenterLayers }) {
  const { t, lang } = useI18n();
  if (layers.layers.length === 0) return <p>{t(tm.noLayers)}</p>;
  const labels = layers.layers.map((l) => l.label[lang]);
  return (
    <div className="layer-tables" data-testid="layer-table">
      <DataTable<Layer>
        caption={t(tm.layersCaption)}
        rows={layers.layers}
        rowKey={(l) => l.type}
        csvName="lapisan-ikatan.csv"
        columns={[
          { key: 'layer', header: t(tm.layer), value: (l) => l.label[lang] },
          { key: 'valence', header: t(tm.valence), value: (l) => t(tm[l.valence]) },
          { key: 'ties', header: t(tm.ties), value: (l) => l.ties, numeric: true },
          {
            key: 'density',
            header: t(tm.density),
            value: (l) => l.density,
            render: (l) => formatMeasure(lang, 'density', l.density),
            numeric: true,
          },
          { key: 'components', header: t(tm.components), value: (l) => l.components, numeric: true },
          { key: 'activeFirms', header: t(tm.activeFirms), value: (l) => l.activeFirms, numeric: true },
          {
            key: 'activeShare',
            header: t(tm.activeShare),
            value: (l) => l.activeShare,
            render: (l) => formatMeasure(lang, 'componentShare', l.activeShare),
            numeric: true,
          },
        ]}
      />
      <div className="table-scroll">
        <table className="overlap-matrix" data-testid="overlap-matrix">
          <caption>{t(tm.overlapCaption)}</caption>
          <thead>
            <tr>
              <td />
              {labels.map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {layers.overlap.map((row, i) => (
              <tr key={labels[i]}>
                <th scope="row">{labels[i]}</th>
                {row.map((value, j) => (
                  <td
                    key={labels[j]}
                    className="numeric"
                    // The shade repeats the number for a quick look; the number is what is read.
                    style={{ background: `rgba(21, 101, 192, ${(value ?? 0) * 0.45})` }}
                  >
                    {formatValue(lang, JACCARD, value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted">
        {t(tm.multiplex, {
          multiplex: formatMeasure(lang, 'ties', layers.multiplexPairs),
          pairs: formatMeasure(lang, 'ties', layers.pairs),
        })}
      </p>
    </div>
  );
}
