import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A "Back" link at the top left of a page (GOV.UK pattern). It is a real link, so it works without the history. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="back-link no-print">
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M13 4l-6 6 6 6" fill="none" stroke="currentColor" strokeWidth="2.5" />
      </svg>
      {children}
    </Link>
  );
}
