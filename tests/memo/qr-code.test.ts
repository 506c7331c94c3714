import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from '../../src/memo/qr-code';

/** Reads a path from `qrPath` back into the dark modules it paints. */
function paint(path: string): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) dark.add(`${Number(x) + i},${y}`);
  }
  return dark;
}

describe('the memo QR code', () => {
  it('paints exactly the dark modules of the code, inside a four-module quiet zone', () => {
    const { data } = encode('https://example.org/results#participants=50&hosting=cloud&budget=paid-ok&e2e=must&sensitivity=special&choice=signal&lang=nl', { ecc: 'M', border: 0 });
    const expected = new Set<string>();
    data.forEach((row, y) => row.forEach((on, x) => on && expected.add(`${x + 4},${y + 4}`)));
    expect(paint(qrPath(data))).toEqual(expected);
  });

  it('joins a row of dark modules into one run', () => {
    expect(qrPath([[true, true, false, true]])).toBe('M4 4h2v1h-2zM7 4h1v1h-1z');
    expect(qrPath([[false, false]])).toBe('');
  });
});
