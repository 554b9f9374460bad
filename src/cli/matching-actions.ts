// The actions of `simpul requests candidates|fairness`, loaded when one runs (matching-commands.ts registers them).
import { awardGini, fairnessReplay } from '../matching/fairness.service.ts';
import { candidatesForRequest } from '../matching/matching.service.ts';
import { say } from './action.ts';
import { words } from './cli-lang.ts';
import { withDatabase } from './runtime.ts';

const W = {
  none: { id: 'Tidak ada calon.', en: 'No candidates.' },
  apart: { id: 'Dipisahkan (konflik dengan pemesan):', en: 'Set apart (conflict with the poster):' },
  more: { id: '… dan {count} calon lagi (--limit).', en: '… and {count} more candidates (--limit).' },
  unqualified: {
    id: '{count} anggota sentra tidak menguasai satu pun proses yang diminta.',
    en: '{count} members of the centres master none of the processes asked for.',
  },
  gini: { id: 'Gini volume yang diberikan', en: 'Gini of awarded volume' },
  noAwards: { id: 'Belum ada pemberian pesanan.', en: 'No awards yet.' },
  replay: {
    id: '{center}: {requests} permintaan diputar ulang di antara {firms} IKM — Gini {plain} tanpa opsi keadilan, {fair} dengan; bagian usaha mikro {microPlain}% → {microFair}%',
    en: '{center}: {requests} requests replayed among {firms} firms — Gini {plain} without the fairness option, {fair} with it; micro share {microPlain}% → {microFair}%',
  },
};

const fixed = (x: number) => x.toFixed(3);

/** `simpul requests candidates REQUEST`: the explained ranking, one line per candidate. */
export async function candidatesCommand(
  requestId: string,
  options: { json?: boolean; includeConflicted?: boolean; fair?: boolean; limit: string },
): Promise<void> {
  await withDatabase(async ({ db }) => {
    const list = await candidatesForRequest(db, requestId, {
      includeConflicted: options.includeConflicted ?? false,
      fair: options.fair ?? false,
      limit: Math.max(1, Math.min(500, Number(options.limit) || 50)),
    });
    if (options.json) {
      process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      return;
    }
    if (list.ranked.length === 0) say(words(W.none));
    for (const c of list.ranked)
      process.stdout.write(`${c.rank}\t${fixed(c.score)}\t${c.name}\t${c.explanation}\n`);
    const more = list.rankedTotal - list.ranked.length;
    if (more > 0) say(words(W.more, { count: more }));
    if (list.conflicted.length > 0) {
      process.stdout.write(`\n${words(W.apart)}\n`);
      for (const c of list.conflicted) process.stdout.write(`-\t${c.name}\t${c.explanation}\n`);
    }
    if (list.unqualified > 0) say(words(W.unqualified, { count: list.unqualified }));
  });
}

/** `simpul requests fairness`: Gini per centre and quarter from the awards, then the replay with and without fairness. */
export async function fairnessCommand(options: {
  center?: string[];
  seed: string;
  json?: boolean;
}): Promise<void> {
  await withDatabase(async ({ db }) => {
    const centers = options.center ?? [];
    const [actual, replay] = [
      await awardGini(db, centers),
      await fairnessReplay(db, centers, Number(options.seed)),
    ];
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ awards: actual, replay }, null, 2)}\n`);
      return;
    }
    process.stdout.write(`${words(W.gini)}\n`);
    if (actual.length === 0) process.stdout.write(`${words(W.noAwards)}\n`);
    for (const r of actual)
      process.stdout.write(`${r.centerName}\t${r.quarter}\t${fixed(r.gini)}\t${r.firms}\t${r.volume}\n`);
    process.stdout.write('\n');
    for (const r of replay) {
      const line = words(W.replay, {
        center: r.centerName,
        requests: r.requests,
        firms: r.firms,
        plain: fixed(r.giniPlain),
        fair: fixed(r.giniFair),
        microPlain: Math.round(r.microSharePlain * 100),
        microFair: Math.round(r.microShareFair * 100),
      });
      process.stdout.write(`${line}\n`);
    }
  });
}
