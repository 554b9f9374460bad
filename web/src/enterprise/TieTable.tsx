import { useState } from 'react';
import type { Interaction } from '../../../src/interactions/interactions.schema.ts';
import { Link } from '../app/router.tsx';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { TableWrap } from '../network/TableWrap.tsx';
import { xm } from './edit-messages.ts';
import { em } from './messages.ts';
import { TieActions } from './TieActions.tsx';

/** Rows per page: a firm in a big centre has some 150 ties, too many for one screen. */
const PAGE = 20;

/** The other end of a tie as one list shows it. */
export interface Partner {
  id: string | null;
  name: string;
  firm: boolean;
}

interface Props {
  rows: Interaction[];
  testId: string;
  label: string;
  typeLabel: Map<string, string>;
  other(x: Interaction): Partner;
  /** Present when the reader may change ties: a save's message and a reload. */
  onChanged?: ((message: string) => void) | undefined;
}

/** One list of ties, a page at a time, with each tie's actions for those who may record ties. */
export function TieTable({ rows, testId, label, typeLabel, other, onChanged }: Props) {
  const { t, lang } = useI18n();
  const [offset, setOffset] = useState(0);
  if (rows.length === 0) return <p className="muted">{t(em.noTies)}</p>;
  const start = Math.min(offset, Math.max(0, rows.length - 1 - ((rows.length - 1) % PAGE)));
  const shown = rows.slice(start, start + PAGE);
  return (
    <>
      <TableWrap label={label}>
        <table data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">{t(em.colPartner)}</th>
              <th scope="col">{t(em.colType)}</th>
              <th scope="col">{t(em.colValence)}</th>
              <th scope="col">{t(em.colPeriod)}</th>
              {onChanged && <th scope="col">{t(xm.actions)}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((x) => {
              const o = other(x);
              return (
                <tr key={x.id} data-valence={x.valence} data-tie={x.id}>
                  <th scope="row">{o.firm && o.id ? <Link href={`/ikm/${o.id}`}>{o.name}</Link> : o.name}</th>
                  <td>
                    {typeLabel.get(x.type) ?? x.type}
                    {x.confidential && <span className="muted small"> ({t(em.confidential)})</span>}
                  </td>
                  <td>
                    <span
                      className={`badge ${x.valence === 'collaboration' ? 'collab' : x.valence === 'conflict' ? 'conflict' : ''}`}
                    >
                      {t(em[x.valence])}
                    </span>
                  </td>
                  <td>
                    {formatDate(lang, x.startDate)} –{' '}
                    {x.endDate ? formatDate(lang, x.endDate) : t(em.ongoing)}
                  </td>
                  {onChanged && (
                    <td>
                      <TieActions tie={x} partner={o.name} onDone={onChanged} />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      {rows.length > PAGE && (
        <div className="center-toolbar">
          <span className="small" data-testid={`${testId}-range`}>
            {t(xm.page, {
              from: formatNumber(lang, start + 1),
              to: formatNumber(lang, start + shown.length),
              total: formatNumber(lang, rows.length),
            })}
          </span>
          <button type="button" disabled={start === 0} onClick={() => setOffset(Math.max(0, start - PAGE))}>
            {t(xm.previous)}
          </button>
          <button
            type="button"
            disabled={start + PAGE >= rows.length}
            onClick={() => setOffset(start + PAGE)}
          >
            {t(xm.next)}
          </button>
        </div>
      )}
    </>
  );
}
