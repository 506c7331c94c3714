import { Fragment, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../scoring/types';
import './verdict.css';

const footnoteIds = [1, 2, 3, 4, 5, 6] as const;
type FootnoteId = (typeof footnoteIds)[number];

/** The element id of a footnote in the `FootnoteList` on the same page. */
export const footnoteAnchor = (id: number) => `footnote-${id}`;

/**
 * Follows an in-page link by moving focus to its target. The fragment of a results URL holds the
 * shared answers, so following `#footnote-4` natively would replace them; the href stays for print.
 */
export function jumpTo(event: MouseEvent<HTMLAnchorElement>, elementId: string) {
  const target = document.getElementById(elementId);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView?.({ block: 'center' });
  target.focus({ preventScroll: true });
}

/** Superscript link(s) to footnotes, e.g. ⁴ named "Footnote 4" for screen readers. */
export function FootnoteRef({ ids }: { ids: readonly number[] }) {
  const { t } = useTranslation('results');
  if (!ids.length) return null;
  return (
    <sup className="footnote-ref">
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 ? ',' : null}
          <a href={`#${footnoteAnchor(id)}`} aria-label={t('footnoteLabel', { id })} onClick={(e) => jumpTo(e, footnoteAnchor(id))}>
            {id}
          </a>
        </Fragment>
      ))}
    </sup>
  );
}

/**
 * The report's footnotes that these verdicts cite, each once. A change since the report that kept
 * the report's cell format may carry a footnote number for its own condition: that is worded in
 * its reason, not listed as the report's footnote.
 */
export function reportFootnotes(verdicts: readonly Verdict[]): number[] {
  return [...new Set(verdicts.flatMap((v) => (v.source?.kind === 'update' ? [] : v.footnotes)))];
}

function isFootnoteId(id: number): id is FootnoteId {
  return (footnoteIds as readonly number[]).includes(id);
}

/** The report's footnotes as an ordered list; with `ids` only those, in ascending order. */
export function FootnoteList({ ids }: { ids?: readonly number[] }) {
  const { t } = useTranslation('catalog');
  const shown = ids ? [...new Set(ids)].filter(isFootnoteId).sort((a, b) => a - b) : footnoteIds;
  if (!shown.length) return null;
  return (
    <ol className="footnote-list">
      {shown.map((id) => (
        <li key={id} id={footnoteAnchor(id)} value={id} tabIndex={-1}>
          {t(`footnotes.${id}`)}
        </li>
      ))}
    </ol>
  );
}
