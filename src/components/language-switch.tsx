import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';
import { languages, type Lang } from '../i18n/languages';
import { useStore } from '../wizard/store';

const names: Record<Lang, string> = { nl: 'Nederlands', en: 'English' };

/** Offers the other language, named in that language. Answers and the page stay as they are. */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const setLang = useStore((s) => s.setLang);
  const current = useStore((s) => s.lang);
  const other = languages.find((l) => l !== current) ?? 'en';

  const choose = () => {
    setLang(other);
    void switchLanguage(i18n, other);
  };

  return (
    <button type="button" className="button button--quiet language-switch" onClick={choose} lang={other}>
      <span aria-hidden="true" className="language-switch__code">{other.toUpperCase()}</span>
      <span className="language-switch__name">{names[other]}</span>
      <span className="visually-hidden" lang={current}>{t('language.switchHint')}</span>
    </button>
  );
}
