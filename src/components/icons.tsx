import type { VerdictStatus } from '../scoring/types';

/**
 * Inline SVG icons: they print, need no font and carry no meaning alone
 * (every use stands next to a word). `aria-hidden` keeps screen readers on the word.
 */
const paths: Record<VerdictStatus | 'na' | 'info' | 'warning' | 'clock', string> = {
  met: 'M4 10.5l4 4 8-9',
  conditional: 'M10 3a7 7 0 1 0 0 14V3z',
  unmet: 'M5 5l10 10M15 5L5 15',
  unknown: 'M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.6V12M10 15v.5',
  info: 'M10 9v5M10 6v.5',
  warning: 'M10 4l7 12H3zM10 9v3M10 14v.5',
  na: 'M6 10h8',
  clock: 'M10 6v4l3 2',
};

export function StatusIcon({ status, className }: { status: keyof typeof paths; className?: string }) {
  const filled = status === 'conditional';
  return (
    <svg className={`icon icon--${status} ${className ?? ''}`} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {status === 'conditional' || status === 'unknown' || status === 'info' || status === 'clock' ? (
        <circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
      ) : null}
      <path d={paths[status]} fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
