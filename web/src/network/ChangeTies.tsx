import { interactionType } from '../../../src/interactions/interaction-types.ts';
import type { NetworkTie } from '../../../src/networks/view/network.schema.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { cgm } from './change-messages.ts';
import { TableWrap } from './TableWrap.tsx';

interface Props {
  /** Each tie, with the tie it replaced for a flipped pair. */
  ties: { tie: NetworkTie; was?: NetworkTie }[];
  /** Firm and institution names (or pseudonyms) by node id. */
  names: Map<string, string>;
  testId: string;
  /** Names the table's scrolling region (the list's heading). */
  label: string;
}

/** A list of changed ties: the two parties by name, the tie type (and the type before, for a flip), its dates. */
export function ChangeTies({ ties, names, testId, label }: Props) {
  const { t, lang } = useI18n();
  if (ties.length === 0) return <p className="muted">{t(cgm.none)}</p>;
  const type = (tie: NetworkTie) => interactionType(tie.type).label[lang];
  const flipped = ties.some((x) => x.was);
  return (
    <TableWrap label={label}>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t(cgm.colFrom)}</th>
            <th scope="col">{t(cgm.colTo)}</th>
            {flipped && <th scope="col">{t(cgm.colBefore)}</th>}
            <th scope="col">{flipped ? t(cgm.colAfter) : t(cgm.colType)}</th>
            <th scope="col">{t(cgm.colStart)}</th>
            <th scope="col">{t(cgm.colEnd)}</th>
          </tr>
        </thead>
        <tbody>
          {ties.map(({ tie, was }) => (
            <tr key={`${tie.id}-${was?.id ?? ''}`}>
              <td>{names.get(tie.source) ?? '–'}</td>
              <td>{names.get(tie.target) ?? '–'}</td>
              {flipped && <td>{was ? type(was) : '–'}</td>}
              <td>{type(tie)}</td>
              <td>{formatDate(lang, tie.startDate)}</td>
              <td>{tie.endDate ? formatDate(lang, tie.endDate) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
