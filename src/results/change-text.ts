import { useTranslation } from 'react-i18next';
import type { AnswerChange } from '../scoring/types';
import { getTool, reportCatalog } from '../catalog';
import { localeTags } from '../i18n/languages';
import { useLang } from './use-lang';

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

/** Tool names as a list in the reader's language: "Zoom, Jitsi Meet and Cisco Webex". */
export function useToolNames() {
  const lang = useLang();
  const list = new Intl.ListFormat(localeTags[lang], { style: 'long', type: 'conjunction' });
  return (ids: readonly string[]) => list.format(ids.map((id) => getTool(reportCatalog, id)?.name ?? id));
}
