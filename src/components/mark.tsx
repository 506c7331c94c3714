import { useTranslation } from 'react-i18next';
import type { Verdict, VerdictStatus } from '../scoring/types';
import { StatusIcon } from './icons';

/** What a verdict shows: its status, or "not applicable" for a n.v.t. cell (which counts as met). */
export type MarkKind = VerdictStatus | 'na';

/**
 * The mark of a verdict. Jitsi's n.v.t. cells are met for scoring, but the report means "does
 * not arise": they get their own quiet mark, never "meets".
 */
export const markOf = (v: Verdict): MarkKind => (v.reason === 'notApplicable' ? 'na' : v.status);

/** A mark as icon + word (never colour alone), e.g. "✔ Meets" or "– Not applicable". */
export function Mark({ kind }: { kind: MarkKind }) {
  const { t } = useTranslation('results');
  return (
    <span className={`status status--${kind}`}>
      <StatusIcon status={kind} />
      {t(`status.${kind}`)}
    </span>
  );
}
