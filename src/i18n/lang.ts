import { useTranslation } from 'react-i18next';
import { defaultLang, isLang, type Lang } from '../share/languages';

/** The language the page is shown in now (follows i18next, so text and number formats agree). */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : defaultLang;
}
