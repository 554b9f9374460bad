import { describe, expect, it } from 'vitest';
import { type LabelCandidate, labelText, MAX_LABEL_CHARS, placeLabels } from './labels.ts';

const at = (id: string, x: number, y: number, priority = 1, text = id): LabelCandidate => ({
  id,
  text,
  x,
  y,
  r: 5,
  priority,
});

describe('placeLabels', () => {
  it('puts a lone label right of its symbol', () => {
    expect(placeLabels([at('Cibaduyut', 100, 100)], 400, 200)).toEqual([
      { id: 'Cibaduyut', text: 'Cibaduyut', x: 108, y: 104, anchor: 'start' },
    ]);
  });

  it('moves a label left when the right edge would cut it', () => {
    const [label] = placeLabels([at('Merauke', 390, 100)], 400, 200);
    expect(label?.anchor).toBe('end');
  });

  it('leaves out the smallest centre’s label when a crowded spot has no room left', () => {
    // Names too long for either side of a 200-wide map: only above and below are left.
    const name = (id: string) => `Sentra Batik dan Rotan ${id}`;
    const placed = placeLabels(
      [
        at('small', 100, 100, 1, name('a')),
        at('large', 101, 101, 9, name('b')),
        at('mid', 99, 100, 5, name('c')),
      ],
      200,
      200,
    );
    expect(placed.map((l) => l.id)).toEqual(['large', 'mid']);
  });

  it('places crowded labels around each other rather than on top of each other', () => {
    const placed = placeLabels([at('a', 100, 100, 2), at('b', 100, 130, 1)], 400, 200);
    expect(placed).toHaveLength(2);
    expect(placed[0]?.y).not.toBe(placed[1]?.y);
  });

  it('keeps clear of reserved boxes such as the locator inset', () => {
    const placed = placeLabels([at('Bandung', 100, 100)], 400, 200, [{ x0: 100, y0: 0, x1: 400, y1: 200 }]);
    expect(placed[0]?.anchor).toBe('end');
  });
});

describe('labelText', () => {
  it('shortens "Kabupaten" as Indonesian maps do', () => {
    expect(labelText('Kabupaten Cirebon')).toBe('Kab. Cirebon');
    expect(labelText('Kota Bandung')).toBe('Kota Bandung');
  });

  it('shortens the special regions as Indonesian maps do', () => {
    expect(labelText('Daerah Khusus Ibukota Jakarta')).toBe('DKI Jakarta');
    expect(labelText('Daerah Istimewa Yogyakarta')).toBe('DI Yogyakarta');
  });

  it('tries an area’s name centred on its point first', () => {
    const area = { id: 'a', text: 'Jawa Barat', x: 100, y: 100, r: 0, priority: 1, area: true };
    expect(placeLabels([area], 400, 200)).toEqual([
      { id: 'a', text: 'Jawa Barat', x: 100, y: 104, anchor: 'middle' },
    ]);
  });

  it('cuts long names with an ellipsis', () => {
    expect(labelText('Sentra Sepatu Cibaduyut')).toBe('Sentra Sepatu Cibaduyut');
    const long = labelText('Sentra Industri Kerajinan Anyaman Bambu Rajapolah');
    expect(long).toHaveLength(MAX_LABEL_CHARS);
    expect(long.endsWith('…')).toBe(true);
  });
});
