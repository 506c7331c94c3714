import { useTranslation } from 'react-i18next';
import type { VerdictStatus } from '../scoring/types';
import { StatusIcon } from './icons';

/** A verdict's status as icon + word (never colour alone), e.g. "✔ Meets". */
export function StatusBadge({ status }: { status: VerdictStatus }) {
  const { t } = useTranslation('results');
  return (
    <span className={`status status--${status}`}>
      <StatusIcon status={status} />
      {t(`status.${status}`)}
    </span>
  );
}
