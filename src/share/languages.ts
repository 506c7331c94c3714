/**
 * The app's languages, as plain data, for the share link, the store and i18next alike.
 * Dutch is the default: the report and most users are Dutch.
 */
export const languages = ['nl', 'en'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'nl';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl formatting (dates, numbers, lists). */
export const localeTags: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
