import { useTranslation } from 'react-i18next';
import { StatusIcon } from '../components/icons';
import type { ToolResult } from '../scoring/types';

/** "Suitable" or "Not suitable": icon and word, as the status badges are. */
export function EligibilityBadge({ result }: { result: ToolResult }) {
  const { t } = useTranslation('compare');
  const status = result.eligible ? 'met' : 'unmet';
  return (
    <span className={`status status--${status}`}>
      <StatusIcon status={status} />
      {t(result.eligible ? 'view.eligible' : 'view.notEligible')}
    </span>
  );
}

/** The score in words, with a bar beside it; no bar when there is nothing to score. */
export function ScoreText({ result }: { result: ToolResult }) {
  const { t } = useTranslation('compare');
  if (result.score === null) return <span className="compare-score compare-score--none">{t('view.scoreNone')}</span>;
  return (
    <span className="compare-score">
      <span>{t('view.scoreValue', { score: result.score })}</span>
      <span className="compare-score__bar" aria-hidden="true">
        <span className="compare-score__fill" style={{ width: `${result.score}%` }} />
      </span>
    </span>
  );
}
