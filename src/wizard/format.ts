import { useTranslation } from 'react-i18next';
import { defaultLang, isLang, localeTags, type Lang } from '../i18n/languages';

/** The language the page is shown in, for parsing and Intl formatting. */
export function usePageLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : defaultLang;
}

/** 100000 → "100.000" (nl) or "100,000" (en). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeTags[lang]).format(value);
}

/** An ISO date from the catalog ("2021-07-31") → "31 juli 2021" (nl) or "31 July 2021" (en). */
export function formatDate(isoDate: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeTags[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
