/** The sentences of field capture, id and en (`tr()` them). */
export const FIELD_MESSAGES = {
  tooManyChanges: {
    id: 'Satu sinkronisasi memuat paling banyak {max} perubahan (dikirim {count}); kirim sisanya dalam permintaan berikutnya.',
    en: 'One sync carries at most {max} changes ({count} sent); send the rest in another request.',
  },
  dependencyNotReceived: {
    id: 'Perubahan ini merujuk IKM baru dari perubahan {ref}, yang belum diterima server; kirim perubahan itu lebih dulu.',
    en: 'This change refers to the new firm of change {ref}, which the server has not received; send that change first.',
  },
  dependencyFailed: {
    id: 'Perubahan ini merujuk IKM baru dari perubahan {ref}, yang tidak tersimpan ({status}); perbaiki perubahan itu dulu.',
    en: 'This change refers to the new firm of change {ref}, which was not saved ({status}); fix that change first.',
  },
  notAFirmChange: {
    id: 'Perubahan {ref} tidak mencatat IKM baru, jadi tidak dapat dirujuk sebagai IKM.',
    en: 'Change {ref} did not record a new firm, so it cannot be referred to as one.',
  },
  basedOnVersionRequired: {
    id: 'Versi dasar wajib diisi untuk perubahan profil IKM.',
    en: 'The base version is required for a firm profile update.',
  },
  collectedInFuture: {
    id: 'Waktu pencatatan {at} ada di masa depan; periksa jam ponsel.',
    en: 'The collection time {at} lies in the future; check the phone clock.',
  },
  firmNotInCenter: {
    id: 'IKM {id} bukan anggota sentra ini.',
    en: 'Firm {id} is not a member of this centre.',
  },
  facilityOtherCenter: {
    id: 'Fasilitas ini milik sentra lain.',
    en: 'This facility belongs to another centre.',
  },
  photoNotImage: {
    id: 'Foto harus gambar JPEG, PNG atau WebP.',
    en: 'The photo must be a JPEG, PNG or WebP image.',
  },
  photoTooLarge: {
    id: 'Foto {width} × {height} piksel terlalu besar; perkecil di ponsel.',
    en: 'The photo of {width} × {height} pixels is too large; resize it on the phone.',
  },
  photoBroken: {
    id: 'Foto rusak atau terpotong; ambil ulang.',
    en: 'The photo is damaged or cut off; take it again.',
  },
  conflictNotFound: {
    id: 'Konflik sinkronisasi {id} tidak ditemukan.',
    en: 'Sync conflict {id} was not found.',
  },
  conflictClosed: {
    id: 'Konflik ini sudah diselesaikan.',
    en: 'This conflict is already resolved.',
  },
  mergedRequired: {
    id: 'Isi nilai gabungan untuk pilihan "gabungan".',
    en: 'Give the merged values for the choice "merged".',
  },
  scopeMissing: {
    id: 'Perubahan jenis {kind} wajib memuat {field}.',
    en: 'A {kind} change must carry {field}.',
  },
  informantOtherProject: {
    id: 'Informan ini bukan informan proyek perubahan ini.',
    en: 'This informant does not belong to the change’s project.',
  },
  consentNothing: {
    id: 'Pilih sedikitnya satu lingkup persetujuan yang diberikan atau ditarik.',
    en: 'Choose at least one consent scope granted or withdrawn.',
  },
} as const;
