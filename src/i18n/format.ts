import { localeTags, type Lang } from '../share/languages';
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

// Intl formatters are costly to build (the first one in a page also starts up the browser's
// locale data, ~30 ms on a slow phone), so each is built once per language, on first use: a page
// that only shows numbers never builds a date format.
const built = new Map<Lang, Formats>();

/** A value made by `make` on the first call, then kept. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * The formatters for a language, built once.
 * @example formats('nl').date('2021-07-31') // '31 juli 2021'
 */
export function formats(lang: Lang): Formats {
  let f = built.get(lang);
  if (f) return f;
  const tag = localeTags[lang];
  const number = once(() => new Intl.NumberFormat(tag));
  const day = once(() => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }));
  const month = once(() => new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  const moment = once(() => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' }));
  const list = once(() => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }));
  f = {
    number: (value) => number().format(value),
    date: (iso) => {
      const date = new Date(iso.length === 7 ? `${iso}-01T12:00:00Z` : `${iso}T12:00:00Z`);
      if (Number.isNaN(date.getTime())) return iso;
      return (iso.length === 7 ? month() : day()).format(date);
    },
    moment: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : moment().format(date);
    },
    list: (items) => list().format(items),
  };
  built.set(lang, f);
  return f;
}

/**
 * Builds a language's formats ahead of need, when the browser is idle: the first one a page builds
 * costs about 150 ms on a slow phone, which should not fall on the first tap that shows a number.
 */
export function warmFormats(lang: Lang): void {
  const f = formats(lang);
  f.number(0);
  f.date('2020-01-01');
  f.date('2020-01');
  f.list([]);
}

/** The formatters for the page's language. */
export function useFormats(): Formats {
  return formats(useLang());
}
