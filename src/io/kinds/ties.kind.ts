import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { interactionPolicy } from '../../interactions/interactions.policy.ts';
import { tr } from '../../shared/i18n.ts';
import { presentColumns } from './fields.ts';
import type { ImportScope, KindDefinition, RowIssue } from './kind.ts';
import { keyIssues, prepareTargets } from './record-keys.ts';
import { TIE_COLUMNS, TIE_FIELD_HEADERS, TIE_STAGING, tieRowReader } from './ties.layout.ts';
import { TIE_MESSAGES as M } from './ties.messages.ts';
import {
  applyTieRules,
  countTies,
  matchTieTargets,
  tieOverlapIssues,
  tieScopeIssues,
  writeTies,
} from './ties-checks.ts';
import { resolveTieReferences } from './ties-resolve.ts';

/** Stored columns a re-import always sets; the others only when the file has their column. */
const KEY_COLUMNS = [
  'center_id',
  'from_enterprise_id',
  'to_enterprise_id',
  'to_institution_id',
  'type',
  'valence',
  'start_date',
  'reported_by',
];
const OPTIONAL_FIELDS = [
  { column: 'legal_pattern', headers: ['pola_kemitraan'] },
  { column: 'end_date', headers: ['selesai'] },
  { column: 'frequency', headers: ['frekuensi'] },
  { column: 'strength', headers: ['kekuatan'] },
  { column: 'volume', headers: ['volume'] },
  { column: 'formality', headers: ['formalitas'] },
  { column: 'confidence', headers: ['keyakinan'] },
  { column: 'evidence_notes', headers: ['catatan_bukti'] },
  { column: 'confidential', headers: ['rahasia'] },
];

const columnsOf = (scope: ImportScope) => [...KEY_COLUMNS, ...presentColumns(OPTIONAL_FIELDS, scope.present)];

// A row is checked by the tie rules once every reference it gives has resolved.
const READY: RawBuilder<boolean> = sql<boolean>`s.from_enterprise_id IS NOT NULL
  AND (s.to_ref IS NULL OR s.to_enterprise_id IS NOT NULL)
  AND (s.institution_ref IS NULL OR s.to_institution_id IS NOT NULL)
  AND (s.center_ref IS NULL OR s.center_id IS NOT NULL)`;

async function resolve(db: Db, scope: ImportScope, limit: number): Promise<RowIssue[]> {
  await prepareTargets(db);
  const issues = await resolveTieReferences(db, limit);
  await sql`ALTER TABLE io_stage ADD COLUMN confidential boolean`.execute(db);
  await sql`UPDATE io_stage SET confidential = confidential_text::boolean`.execute(db);
  issues.push(...(await applyTieRules(db, 'io_stage', READY, (path) => TIE_FIELD_HEADERS[path] ?? 'ke_ikm')));
  // The natural key, on resolved ids, so two spellings of one enterprise are still the same tie.
  await sql`UPDATE io_stage SET row_key = concat('k|', center_id, '|', from_enterprise_id, '|', to_enterprise_id,
              '|', to_institution_id, '|', type, '|', start_date)
             WHERE id IS NULL AND from_enterprise_id IS NOT NULL`.execute(db);
  await matchTieTargets(db, 'io_stage');
  issues.push(
    ...(await keyIssues(db, scope, limit, tr(M.what), {
      key: sql`CASE WHEN id IS NOT NULL THEN 'id' ELSE 'mulai' END`,
      name: 'dari_ikm',
    })),
  );
  issues.push(...(await tieOverlapIssues(db, 'io_stage', scope, limit)));
  issues.push(...(await tieScopeIssues(db, 'io_stage', limit, 'dari_ikm')));
  return issues;
}

/** Ties between enterprises (and enterprise → institution), one row per tie, as `POST /api/interactions` takes them. */
export const tiesKind: KindDefinition = {
  kind: 'interactions',
  sheetName: 'ikatan',
  columns: TIE_COLUMNS,
  stagingColumns: TIE_STAGING,
  rowReader: async () => tieRowReader(),
  resolve,
  count: (db, scope) => countTies(db, 'io_stage', columnsOf(scope)),
  write: (db, scope) => writeTies(db, 'io_stage', columnsOf(scope)),
  exportQuery: (actor) => sql`
    SELECT i.id::text AS id, coalesce(c.external_id, c.id::text) AS sentra, c.name AS nama_sentra,
           i.from_enterprise_id::text AS dari_ikm, ef.name AS nama_dari_ikm,
           i.to_enterprise_id::text AS ke_ikm, et.name AS nama_ke_ikm,
           i.to_institution_id::text AS ke_lembaga, it.name AS nama_ke_lembaga,
           i.type AS jenis, i.valence AS valensi, i.legal_pattern AS pola_kemitraan,
           i.start_date::text AS mulai, i.end_date::text AS selesai, i.frequency AS frekuensi,
           i.strength AS kekuatan, i.volume, i.formality AS formalitas, i.reported_by AS dilaporkan_oleh,
           i.confidence AS keyakinan, i.evidence_notes AS catatan_bukti, i.confidential::text AS rahasia
      FROM interactions i
      LEFT JOIN centers c ON c.id = i.center_id
      JOIN enterprises ef ON ef.id = i.from_enterprise_id
      LEFT JOIN enterprises et ON et.id = i.to_enterprise_id
      LEFT JOIN institutions it ON it.id = i.to_institution_id
     WHERE i.archived_at IS NULL AND ${interactionPolicy.readScope(actor) ?? sql`true`}
     ORDER BY coalesce(c.external_id, c.id::text) COLLATE "C" NULLS FIRST, i.start_date, i.type, i.id`,
};
