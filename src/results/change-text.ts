import { useTranslation } from 'react-i18next';
import type { AnswerChange } from '../scoring/types';

/** Words for one loosening of the answers, e.g. "Accept a paid plan". */
export function useChangeText() {
  const { t } = useTranslation(['relax', 'results']);
  return (change: AnswerChange): string => {
    switch (change.kind) {
      case 'importance':
        return t('change.importance', { criterion: t(`results:criteria.${change.criterion}`) });
      case 'budget':
        return t('change.budget');
      case 'hosting':
        return t(change.from === 'self' ? 'change.hostingFromSelf' : 'change.hostingFromCloud');
      case 'includeDiscontinued':
        return t('change.includeDiscontinued');
    }
  };
}
