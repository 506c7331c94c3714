import { useMemo } from 'react';
import { encode } from 'uqr';

/** The quiet zone the QR standard asks for around the code, in modules. */
const quietZone = 4;

/**
 * The dark modules as one SVG path, a run of dark modules in a row at a time: a few kB of
 * markup for a link-sized code instead of a rectangle per module.
 */
export function qrPath(data: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start + quietZone} ${y + quietZone}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}

/** The largest QR version printed: 57 × 57 modules, which a phone still reads off a printed page. */
export const maxQrVersion = 10;

/**
 * The QR code for `text` at medium error correction, or null when it needs a version above
 * `maxQrVersion` (a link that carries own tools, say).
 * @example qrFor('https://example.org/results#lang=nl')?.version // 2
 */
export function qrFor(text: string): ReturnType<typeof encode> | null {
  try {
    return encode(text, { ecc: 'M', border: 0, maxVersion: maxQrVersion });
  } catch {
    return null;
  }
}

/**
 * A QR code for `text`, drawn in the browser (uqr: no request to any host), as an SVG that
 * prints sharp at any size. Medium error correction, so a slightly worn print still scans.
 * Nothing when the text needs a code above `maxQrVersion`.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const drawn = useMemo(() => {
    const qr = qrFor(text);
    return qr && { path: qrPath(qr.data), size: qr.size + 2 * quietZone };
  }, [text]);
  if (!drawn) return null;
  const { path, size } = drawn;
  return (
    <svg className={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
