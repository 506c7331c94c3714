import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';
import { useLang } from '../i18n/lang';
import { languages, type Lang } from '../share/languages';

const names: Record<Lang, string> = { nl: 'Nederlands', en: 'English' };

/**
 * Offers the other language, named in that language. Answers and the page stay as they are.
 * The choice is saved through the store, fetched here only when needed: the start page does not
 * load the store to show this button.
 */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const current = useLang();
  const other = languages.find((l) => l !== current) ?? 'en';

  const choose = () => {
    void switchLanguage(i18n, other);
    void import('../state/store').then((store) => store.useStore.getState().setLang(other));
  };

  return (
    <button type="button" className="button button--quiet language-switch" onClick={choose} lang={other}>
      <span aria-hidden="true" className="language-switch__code">{other.toUpperCase()}</span>
      <span className="language-switch__name">{names[other]}</span>
      <span className="visually-hidden" lang={current}>{t('language.switchHint')}</span>
    </button>
  );
}
