import type { CenterBlockmodel } from '../../../src/networks/analysis/groups.schema.ts';
import { MeasureInfo } from '../glossary/MeasureInfo.tsx';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { gpm } from './groups-messages.ts';
import { nm } from './messages.ts';
import './groups.css';

/** Names listed per position before "and n more". */
const NAMES_SHOWN = 6;

type Cell = CenterBlockmodel['image'][number];

/** A block is inconsistent when it holds conflict inside a position or collaboration between two. */
const inconsistent = (cell: Cell) => cell.inconsistency > 0;

/**
 * The signed blockmodel beside the graph: who is in which position, the block image as a matrix (an
 * undirected image is stored from ≤ to and mirrored here), the inconsistencies with the frustration
 * index beside them for k = 2, how the partition was found, and the go-betweens.
 */
export function BlockImage({ model, name }: { model: CenterBlockmodel; name: (id: string) => string }) {
  const { t, lang } = useI18n();
  const cells = new Map(model.image.map((cell) => [`${cell.from}:${cell.to}`, cell]));
  const cellAt = (i: number, j: number) => cells.get(i <= j ? `${i}:${j}` : `${j}:${i}`);
  const members: string[][] = Array.from({ length: model.positions }, () => []);
  for (const node of model.nodes) if (node.position !== null) members[node.position]?.push(name(node.id));
  const order = Array.from({ length: model.positions }, (_, i) => i);
  const { negativeWithin, positiveBetween, total, weighted } = model.inconsistencies;
  return (
    <section className="block-image" data-testid="block-image" aria-labelledby="block-image-title">
      <h3 id="block-image-title">
        {t(gpm.blockImage, { k: model.k })}
        <MeasureInfo term="position" />
      </h3>
      <p className="muted small">
        {t(gpm.blockImageIntro)} {t(gpm.changeK)}
      </p>
      <table className="data" data-testid="block-matrix">
        <caption className="sr-only">{t(gpm.blockImageCaption)}</caption>
        <thead>
          <tr>
            <td />
            {order.map((j) => (
              <th key={j} scope="col">
                {t(gpm.positionN, { n: j + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {order.map((i) => (
            <tr key={i}>
              <th scope="row">{t(gpm.positionN, { n: i + 1 })}</th>
              {order.map((j) => {
                const cell = cellAt(i, j);
                const bad = cell ? inconsistent(cell) : false;
                return (
                  <td
                    key={j}
                    data-block={cell?.type ?? 'empty'}
                    className={bad ? 'block-inconsistent' : undefined}
                  >
                    {t(gpm.cell, { p: cell?.positive ?? 0, n: cell?.negative ?? 0 })}
                    {bad && <span className="sr-only"> {t(gpm.cellInconsistent)}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="block-inconsistencies">
        {t(gpm.inconsistencies, {
          n: formatNumber(lang, negativeWithin),
          p: formatNumber(lang, positiveBetween),
          w: formatNumber(lang, weighted, 1),
        })}
      </p>
      {model.frustration && (
        <p data-testid="block-frustration">
          {t(gpm.frustrationBeside, {
            l: formatNumber(lang, model.frustration.index),
            approx: model.frustration.exact ? '' : ` ${t(nm.approximate)}`,
            total: formatNumber(lang, total),
          })}
        </p>
      )}
      <p className="muted small">
        {model.method === 'exhaustive'
          ? t(gpm.exactSearch)
          : model.exact
            ? t(gpm.exactNone)
            : t(gpm.localSearch, { starts: model.starts, seed: model.seed, hits: model.bestHits })}
      </p>
      <ul className="block-positions">
        {members.map((names, i) => (
          <li key={order[i]}>
            {t(gpm.positionMembers, {
              n: i + 1,
              names:
                names.slice(0, NAMES_SHOWN).join(', ') +
                (names.length > NAMES_SHOWN ? ` ${t(gpm.andMore, { n: names.length - NAMES_SHOWN })}` : ''),
            })}
          </li>
        ))}
      </ul>
      {model.between.length > 0 && (
        <>
          <h4>{t(gpm.goBetweens)}</h4>
          <ul data-testid="block-between">
            {model.between.slice(0, 5).map((node) => (
              <li key={node.id}>
                {t(gpm.goBetweenLine, {
                  name: name(node.id),
                  p: node.position + 1,
                  ties: node.ties,
                  reaches: node.reaches.map((r) => r + 1).join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
