import type { Command } from 'commander';
import { lazyAction } from './action.ts';
import { d } from './cli-lang.ts';

const profiles = () => import('./profile-actions.ts');
const ENTERPRISE = d({
  id: 'IKM: id, nomor induk Dinas (external id) atau nama persisnya',
  en: 'enterprise: id, Dinas record number (external id) or its exact name',
});

/** `simpul profiles …`: an enterprise's capability profile from the terminal. */
export function registerProfileCommands(program: Command): void {
  const group = program
    .command('profiles')
    .description(
      d({ id: 'profil kemampuan produksi IKM', en: "enterprises' production capability profiles" }),
    );
  group
    .command('show')
    .description(
      d({
        id: 'tampilkan profil kemampuan: proses, mesin, kapasitas, sertifikasi (yang kedaluwarsa ditandai)',
        en: 'show a capability profile: processes, machines, capacity, certifications (expired ones marked)',
      }),
    )
    .argument('<enterprise>', ENTERPRISE)
    .option('--json', d({ id: 'keluaran JSON', en: 'JSON output' }))
    .action(lazyAction(profiles, 'showProfileCommand'));
  group
    .command('confirm')
    .description(
      d({
        id: 'konfirmasi kapasitas luang hari ini (profil tidak lagi usang)',
        en: 'confirm the spare capacity today (the profile is no longer stale)',
      }),
    )
    .argument('<enterprise>', ENTERPRISE)
    .option('--spare <pct>', d({ id: 'kapasitas luang baru, 0–100 %', en: 'new spare capacity, 0–100 %' }))
    .action(lazyAction(profiles, 'confirmProfileCommand'));
}
