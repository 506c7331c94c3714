import { useTranslation } from 'react-i18next';
import { Callout } from '../components/callout';

/**
 * Said when the chosen tool does not fit the answers: the mark is kept (it comes back once the
 * answers fit it again), and the memo lists the tools that fit best meanwhile. Rare, so its code
 * and words (the memo's, which the page fetches when idle anyway) load only when needed.
 */
export function ChoiceNote({ marked }: { marked: string }) {
  const { t } = useTranslation('memo');
  return (
    <Callout tone="warning" className="results__choice-note">
      <p>{t('chosenNotFittingScreen', { marked })}</p>
    </Callout>
  );
}
