import { createHash } from 'node:crypto';
import sharp from 'sharp';

/** Colours a motif is drawn in: its darkest and its lightest tone (RGB). */
export type Palette = readonly [readonly [number, number, number], readonly [number, number, number]];

/** Indigo on cream, as a Trusmi mega mendung cloth. */
export const INDIGO: Palette = [
  [22, 38, 92],
  [236, 226, 200],
];
/** Dark teak to pale wood, as a Jepara relief. */
export const TEAK: Palette = [
  [70, 38, 18],
  [222, 184, 135],
];

/**
 * A demo motif: 8 × 8 blocks whose tones come from `key` (SHA-256, so the same key gives the same image on
 * every machine), drawn in `palette`. `lighten` raises every tone a little — the same motif photographed
 * in brighter light — which moves its perceptual hash by a few bits only: the demo's near-copy.
 */
export async function demoMotif(key: string, palette: Palette, lighten = 0): Promise<Buffer> {
  const side = 320;
  const tones = createHash('sha256').update(`simpul-demo-motif/${key}`).digest();
  const sha = createHash('sha256').update(`simpul-demo-motif/${key}/2`).digest();
  const blocks = [...tones, ...sha].slice(0, 64);
  const raw = Buffer.alloc(side * side * 3);
  const cell = side / 8;
  const [dark, light] = palette;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const tone = Math.min(255, (blocks[Math.floor(y / cell) * 8 + Math.floor(x / cell)] ?? 0) + lighten);
      const at = (y * side + x) * 3;
      for (let c = 0; c < 3; c++) {
        raw[at + c] = Math.round((dark[c] ?? 0) + (((light[c] ?? 0) - (dark[c] ?? 0)) * tone) / 255);
      }
    }
  }
  return sharp(raw, { raw: { width: side, height: side, channels: 3 } })
    .png()
    .toBuffer();
}
