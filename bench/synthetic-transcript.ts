/**
 * Deterministic interview transcripts for the REFI-QDA benches: 400 turns of 12 words (about 4,800 words),
 * emoji and accents included, from a seeded linear congruential sequence (each run writes the same text).
 */
let seed = 21;

/** The next number in [0, 1) of the benches' shared sequence. */
export function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}

const WORDS =
  'kami usaha kulit sepatu koperasi pemasok harga naik pasar mitra bengkel pengrajin tas modal pinjaman bahan baku 👍🏽 café pesanan ekspor paguyuban ketua anggota'.split(
    ' ',
  );

/** One transcript, interviewer (P) and informant (I) turns alternating. */
export function transcript(): string {
  const lines: string[] = [];
  for (let i = 0; i < 400; i++) {
    const words = Array.from({ length: 12 }, () => WORDS[Math.floor(random() * WORDS.length)]);
    lines.push(`${i % 2 === 0 ? 'P' : 'I'}: ${words.join(' ')}.`);
  }
  return lines.join('\n');
}
