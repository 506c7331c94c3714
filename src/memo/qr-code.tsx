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

/**
 * A QR code for `text`, drawn in the browser (uqr: no request to any host), as an SVG that
 * prints sharp at any size. Medium error correction, so a slightly worn print still scans.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { path, size } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 0 });
    return { path: qrPath(qr.data), size: qr.size + 2 * quietZone };
  }, [text]);
  return (
    <svg className={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
