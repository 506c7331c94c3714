import { useTranslation } from 'react-i18next';
import { Callout } from '../components/callout';

/**
 * Said when the tool marked as our choice does not fit the answers: the mark is kept, and the memo
 * uses the first tool that fits meanwhile. Rare, so its code and words (the memo's, which the
 * page fetches when idle anyway) load only when needed.
 */
export function ChoiceNote({ marked, first }: { marked: string; first: string }) {
  const { t } = useTranslation('memo');
  return (
    <Callout tone="warning" className="results__choice-note">
      <p>{t('choiceFellBackScreen', { marked, first })}</p>
    </Callout>
  );
}
