import {
  CENTER_MEMBERSHIP_ROLES,
  INSTITUTION_MEMBERSHIP_ROLES,
} from '../../memberships/memberships.constants.ts';
import { tr } from '../../shared/i18n.ts';
import { choice, isoDate, optional, type RowReader, required, rowReader, text, uuid } from '../cells.ts';
import { IO_MESSAGES as M } from '../io.messages.ts';
import { labelOf, MEMBERSHIP_KIND_LABELS, MEMBERSHIP_ROLE_LABELS } from '../labels.ts';
import { col, type StagingColumn } from '../staging.ts';
import type { ColumnSpec, StageRecord } from './kind.ts';

/** Membership layout: centre and institution memberships together, `jenis` saying which. */
export const MEMBERSHIP_COLUMNS: readonly ColumnSpec[] = [
  { header: 'id', type: 'text', description: 'Id keanggotaan di Simpul (UUID); kosongkan untuk yang baru.' },
  {
    header: 'jenis',
    type: 'text',
    requiredHeader: true,
    labels: MEMBERSHIP_KIND_LABELS,
    description: 'sentra (anggota sentra) atau lembaga (anggota lembaga); wajib.',
  },
  {
    header: 'sentra_lembaga',
    type: 'text',
    requiredHeader: true,
    description: 'Kode sentra/lembaga (atau id-nya); wajib.',
  },
  {
    header: 'nama_sentra_lembaga',
    type: 'text',
    informational: true,
    description: 'Nama sentra/lembaga.',
  },
  {
    header: 'ikm',
    type: 'text',
    requiredHeader: true,
    description: 'Id IKM di Simpul, atau NIB-nya; wajib.',
  },
  { header: 'nama_ikm', type: 'text', informational: true, description: 'Nama IKM.' },
  {
    header: 'mulai',
    type: 'date',
    requiredHeader: true,
    description: 'Tanggal mulai menjadi anggota; wajib.',
  },
  {
    header: 'selesai',
    type: 'date',
    description: 'Tanggal terakhir menjadi anggota; kosong bila masih anggota.',
  },
  {
    header: 'peran',
    type: 'text',
    labels: MEMBERSHIP_ROLE_LABELS,
    description:
      'Peran; kosong = anggota. Di sentra: anggota, pengurus, pengelola; di lembaga juga ketua, sekretaris, bendahara.',
  },
];

const fields = {
  id: optional(uuid),
  jenis: required(choice(MEMBERSHIP_KIND_LABELS)),
  sentra_lembaga: required(text(100)),
  ikm: required(text(100)),
  mulai: required(isoDate),
  selesai: optional(isoDate),
  peran: optional(choice(MEMBERSHIP_ROLE_LABELS)),
};

const ROLES_BY_KIND: Record<'center' | 'institution', readonly string[]> = {
  center: CENTER_MEMBERSHIP_ROLES,
  institution: INSTITUTION_MEMBERSHIP_ROLES,
};

/** Membership cells in, a staging record out; the key is `id`, else kind, parent, enterprise and start date. */
export function membershipRowReader(): RowReader<StageRecord> {
  return rowReader(fields, (r, ctx) => {
    const role = r.peran ?? 'member';
    if (!ROLES_BY_KIND[r.jenis].includes(role)) {
      const value = labelOf(MEMBERSHIP_ROLE_LABELS, role);
      const kind = MEMBERSHIP_KIND_LABELS[r.jenis];
      ctx.problem('peran', tr(M.roleForKind, { value, kind }));
    }
    if (r.selesai && r.selesai < r.mulai) {
      ctx.problem('selesai', tr(M.dateOrder));
    }
    return {
      row_key: r.id ? `i:${r.jenis}:${r.id}` : `k:${r.jenis}|${r.sentra_lembaga}|${r.ikm}|${r.mulai}`,
      id: r.id,
      kind: r.jenis,
      parent_ref: r.sentra_lembaga,
      enterprise_ref: r.ikm,
      valid_from: r.mulai,
      valid_to: r.selesai,
      role,
    };
  });
}

/** Columns of `io_stage` for membership rows. */
export const MEMBERSHIP_STAGING: readonly StagingColumn[] = [
  col('row_key', 'text', true),
  col('id', 'uuid'),
  col('kind', 'text', true),
  col('parent_ref', 'text', true),
  col('enterprise_ref', 'text', true),
  col('valid_from', 'date', true),
  col('valid_to', 'date'),
  col('role', 'text', true),
];
