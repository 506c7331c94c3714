import { useTranslation } from 'react-i18next';
import type { AnswerChange } from '../scoring/types';

/** Words for one loosening of the answers, e.g. "Accept a paid plan". */
export function useChangeText() {
  const { t } = useTranslation('results');
  return (change: AnswerChange): string => {
    switch (change.kind) {
      case 'importance':
        return t('relax.change.importance', { criterion: t(`criteria.${change.criterion}`) });
      case 'budget':
        return t('relax.change.budget');
      case 'hosting':
        return t(change.from === 'self' ? 'relax.change.hostingFromSelf' : 'relax.change.hostingFromCloud');
      case 'includeDiscontinued':
        return t('relax.change.includeDiscontinued');
    }
  };
}
