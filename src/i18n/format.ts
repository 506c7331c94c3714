import { useTranslation } from 'react-i18next';
import { defaultLang, isLang, localeTags, type Lang } from '../share/languages';
import { useLang } from './lang';

export { useLang };

export interface Formats {
  /** 100000 → "100.000" (nl) or "100,000" (en). */
  number: (value: number) => string;
  /** An ISO date ("2021-07-31") or month ("2021-07") → "31 juli 2021" / "July 2021". */
  date: (iso: string) => string;
  /** A moment (ISO date and time) → "1 december 2026 om 14:03" / "1 December 2026 at 14:03", in local time. */
  moment: (iso: string) => string;
  /** Names as a list: "Zoom, Jitsi Meet en Cisco Webex". */
  list: (items: readonly string[]) => string;
}

/** A translate function that can reach the `format` namespace, loaded. */
export type Words = (key: string, options?: Record<string, unknown>) => string;

// Whole numbers, dates and lists are put together from the locale's own words (`format`),
// not with Intl: the first Intl formatter a page builds starts up the browser's locale data, which
// took 90–150 ms with the CPU slowed four times, as one long task in the results page's first
// render. Only a moment with its time of day (a rare notice) and a fraction still use Intl, built
// once per language on first use.
const intl = new Map<Lang, { number: Intl.NumberFormat; moment: Intl.DateTimeFormat }>();
function intlFor(lang: Lang) {
  let f = intl.get(lang);
  if (!f) {
    const tag = localeTags[lang];
    intl.set(lang, (f = { number: new Intl.NumberFormat(tag), moment: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' }) }));
  }
  return f;
}

const isoDay = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * The formats for a language, in the words `t` gives for `format:*`.
 * @example formats('nl', t).date('2021-07-31') // '31 juli 2021'
 */
export function formats(lang: Lang, t: Words): Formats {
  return {
    number: (value) =>
      Number.isSafeInteger(value)
        ? `${value < 0 ? '-' : ''}${String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, t('format:thousands'))}`
        : intlFor(lang).number.format(value),
    date: (iso) => {
      const [, year, month, day] = isoDay.exec(iso) ?? [];
      const m = Number(month);
      if (!year || m < 1 || m > 12 || (day !== undefined && (Number(day) < 1 || Number(day) > 31))) return iso;
      const name = t(`format:months.${m}`);
      return day === undefined ? t('format:month', { month: name, year }) : t('format:day', { day: Number(day), month: name, year });
    },
    moment: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : intlFor(lang).moment.format(date);
    },
    list: (items) =>
      items.length < 2 ? (items[0] ?? '') : t('format:list', { rest: items.slice(0, -1).join(', '), last: items[items.length - 1] }),
  };
}

/** The formatters for the page's language; suspends until their words have loaded. */
export function useFormats(): Formats {
  const { t, i18n } = useTranslation('format');
  return formats(isLang(i18n.language) ? i18n.language : defaultLang, t as unknown as Words);
}
