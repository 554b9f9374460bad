// The action of `simpul demo --national`, loaded when it runs (database-actions.ts hands it over).
import { SingleBar } from 'cli-progress';
import {
  checkNationalOptions,
  loadNational,
  type NationalPhase,
  type NationalProgress,
  type NationalSummary,
} from '../demo/national/national.ts';
import { currentLang, tr } from '../shared/i18n.ts';
import { say } from './action.ts';
import { withDatabase } from './runtime.ts';

/** The options of `simpul demo` that `--national` reads. */
export interface NationalDemoOptions {
  reset?: boolean;
  seed: string;
  scale?: string;
}

const PHASES: Record<NationalPhase, { id: string; en: string }> = {
  centers: { id: 'sentra', en: 'centres' },
  enterprises: { id: 'IKM', en: 'enterprises' },
  memberships: { id: 'keanggotaan', en: 'memberships' },
  years: { id: 'data tahunan', en: 'yearly figures' },
  ties: { id: 'ikatan', en: 'ties' },
  summaries: { id: 'ringkasan (versi, kepercayaan)', en: 'summaries (versions, trust)' },
};

const M = {
  bar: {
    id: ' {bar} {percentage}% · {value}/{total} baris · {phase} · sisa {eta_formatted}',
    en: ' {bar} {percentage}% · {value}/{total} rows · {phase} · {eta_formatted} left',
  },
  step: { id: '{phase}: {rows}/{total} baris', en: '{phase}: {rows}/{total} rows' },
  loaded: {
    id: 'Data nasional dimuat: {centers} sentra di {provinces} provinsi, {enterprises} IKM, {years} baris data tahunan, {ties} ikatan (skala {scale}, seed {seed}) dalam {seconds} detik.',
    en: 'National data loaded: {centers} centres in {provinces} provinces, {enterprises} enterprises, {years} yearly rows, {ties} ties (scale {scale}, seed {seed}) in {seconds} s.',
  },
  triggers: {
    id: 'Pemicu dimatikan selama COPY (tanpa jejak audit per baris); versi jaringan dan ringkasan kepercayaan diisi sesudahnya.',
    en: 'Triggers were off during COPY (no per-row audit trail); network versions and trust summaries were filled afterwards.',
  },
  next: {
    id: 'Berikutnya: simpul analyze --all menyimpan analisis jaringan setiap sentra.',
    en: "Next: simpul analyze --all stores every centre's network analysis.",
  },
};

const fmt = (n: number) => n.toLocaleString(currentLang() === 'id' ? 'id-ID' : 'en-GB');

/** Progress on stderr: a bar when a person watches, one plain line per step (and every ~10%) when piped. */
function progressReporter(): { update(p: NationalProgress): void; stop(): void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({ format: tr(M.bar), stream: process.stderr, hideCursor: true });
    let started = false;
    return {
      update(p) {
        const phase = tr(PHASES[p.phase]);
        if (!started) bar.start(p.totalRows, p.rows, { phase });
        started = true;
        bar.update(p.rows, { phase });
      },
      stop: () => bar.stop(),
    };
  }
  let last: NationalPhase | null = null;
  let tenth = -1;
  return {
    update(p) {
      const now = Math.floor((10 * p.rows) / Math.max(1, p.totalRows));
      if (p.phase === last && now === tenth) return;
      last = p.phase;
      tenth = now;
      say(tr(M.step, { phase: tr(PHASES[p.phase]), rows: fmt(p.rows), total: fmt(p.totalRows) }));
    },
    stop: () => {},
  };
}

/** One translated line of what was loaded. */
function summaryLine(s: NationalSummary, scale: number, seed: number): string {
  return tr(M.loaded, {
    centers: fmt(s.centers),
    provinces: s.provinces,
    enterprises: fmt(s.enterprises),
    years: fmt(s.yearRows),
    ties: fmt(s.ties),
    scale: String(scale),
    seed,
    seconds: s.seconds.toFixed(1),
  });
}

/** `simpul demo --national`: the national synthetic set generated and written with COPY. */
export async function nationalDemoCommand(options: NationalDemoOptions): Promise<void> {
  const scale = Number(options.scale ?? '1');
  const seed = Number(options.seed);
  // Bad options are refused before the database (perhaps the embedded one, slow to start) is opened.
  checkNationalOptions({ scale, seed });
  await withDatabase(async ({ db }) => {
    const progress = progressReporter();
    let summary: NationalSummary;
    try {
      summary = await loadNational(db, {
        scale,
        seed,
        reset: options.reset,
        onProgress: (p) => progress.update(p),
      });
    } finally {
      progress.stop();
    }
    say(summaryLine(summary, scale, seed));
    if (summary.triggersSkipped) say(tr(M.triggers));
    say(tr(M.next));
  });
}
