import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createI18n } from '../../src/i18n';
import { formats, type Words } from '../../src/i18n/format';
import { allResources } from '../render';
import { localeTags, type Lang } from '../../src/share/languages';

// The app puts numbers, dates and lists together from its own locale words instead of Intl (whose
// start-up is a long task on a slow phone). Intl stays the reference they must agree with.
const instance = await createI18n('nl', allResources);
const formatsIn = (lang: Lang) => formats(lang, instance.getFixedT(lang) as unknown as Words);

describe.each(['nl', 'en'] as const)('formats in %s', (lang) => {
  const f = formatsIn(lang);
  const tag = localeTags[lang];

  it('writes whole numbers as Intl does', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => f.number(n) === new Intl.NumberFormat(tag).format(n)));
    expect(f.number(0.5)).toBe(new Intl.NumberFormat(tag).format(0.5));
  });

  it('writes days and months as Intl does', () => {
    const day = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
      const iso = d.toISOString().slice(0, 10);
      return f.date(iso) === day.format(d) && f.date(iso.slice(0, 7)) === month.format(d);
    }));
  });

  it('gives back what is not a date as it came', () => {
    for (const iso of ['2021-13-01', '2021-00', '2021-07-32', 'soon', '']) expect(f.date(iso)).toBe(iso);
  });

  it('writes lists as Intl does', () => {
    const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
    for (const items of [[], ['Zoom'], ['Zoom', 'Jitsi Meet'], ['Zoom', 'Jitsi Meet', 'Cisco Webex', 'Signal']]) expect(f.list(items)).toBe(list.format(items));
  });
});
