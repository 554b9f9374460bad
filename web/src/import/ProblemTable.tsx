import { useI18n } from '../i18n/i18n.tsx';
import { type Column, DataTable } from '../ui/DataTable.tsx';
import type { FileProblem } from './import-errors.ts';
import { m } from './messages.ts';

/** The problems of a refused file: sheet (when several), row, column, message; sortable and as CSV. */
export function ProblemTable({ problems }: { problems: FileProblem[] }) {
  const { t } = useI18n();
  const withSheets = problems.some((p) => p.sheet !== null);
  const columns: Column<FileProblem>[] = [
    ...(withSheets ? [{ key: 'sheet', header: t(m.sheet), value: (p: FileProblem) => p.sheet }] : []),
    {
      key: 'row',
      header: t(m.row),
      value: (p) => p.row,
      render: (p) => (p.row === null ? '–' : String(p.row)),
      numeric: true,
    },
    {
      key: 'column',
      header: t(m.column),
      value: (p) => p.column,
      render: (p) => (p.column ? <code>{p.column}</code> : '–'),
    },
    { key: 'message', header: t(m.problem), value: (p) => p.message },
  ];
  return (
    <DataTable
      caption={t(m.errorsTitle)}
      columns={columns}
      rows={problems}
      rowKey={(p) => `${p.sheet}|${p.row}|${p.column}|${p.message}`}
      searchable={problems.length > 10}
      csvName="simpul-kesalahan-impor.csv"
    />
  );
}
