import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maxIgnoredListed, maxLinkLength, parseLink } from '../../src/share/link';
import { toLinkParams } from '../../src/share/link-write';
import { initialAnswers } from '../../src/state/persisted';
import { criterionIds, type Answers } from '../../src/scoring/types';
import { sensitivities } from '../../src/scoring/sensitivity';
import { toolIds } from '../../src/catalog/types';

describe('toLinkParams', () => {
  it('writes the issue example in a fixed order with lang last', () => {
    const answers: Answers = {
      participants: 50,
      hosting: 'cloud',
      budget: 'free-only',
      includeDiscontinued: false,
      importance: { dataInEU: 'nice', e2e: 'must' },
    };
    expect(toLinkParams(answers, 'en', 'current')).toBe('participants=50&hosting=cloud&budget=free-only&dataInEU=nice&e2e=must&data=current&lang=en');
  });

  it('adds discontinued=1 only when discontinued tools are included', () => {
    expect(toLinkParams({ ...initialAnswers, includeDiscontinued: true }, 'nl')).toContain('discontinued=1');
    expect(toLinkParams(initialAnswers, 'nl')).not.toContain('discontinued');
  });

  it('always names its data set, before lang: a link without one is older, and means the report', () => {
    expect(toLinkParams(initialAnswers, 'nl', 'current')).toMatch(/&data=current&lang=nl$/);
    expect(toLinkParams(initialAnswers, 'nl', 'report')).toMatch(/&data=report&lang=nl$/);
    expect(toLinkParams(initialAnswers, 'nl')).toMatch(/&data=report&lang=nl$/);
    expect(parseLink('participants=5&lang=nl', initialAnswers).dataSet).toBeNull();
  });

  it('reads lang whatever its case', () => {
    expect(parseLink('participants=5&lang=EN', initialAnswers)).toMatchObject({ lang: 'en', ignored: [] });
    expect(parseLink('lang=Nl', initialAnswers).lang).toBe('nl');
  });

  it('writes sensitivity and choice once given, after the data and before lang', () => {
    expect(toLinkParams(initialAnswers, 'en', { dataSet: 'current', sensitivity: 'special', choice: 'signal' }))
      .toMatch(/&data=current&sensitivity=special&choice=signal&lang=en$/);
    expect(toLinkParams(initialAnswers, 'en', { sensitivity: null, choice: null })).not.toMatch(/sensitivity|choice/);
  });

  it('leaves out criteria that do not matter', () => {
    expect(toLinkParams({ ...initialAnswers, importance: { e2e: 'ignore' } }, 'nl')).not.toContain('e2e');
  });
});

describe('parseLink', () => {
  it.each([
    ['#participants=50&hosting=cloud&budget=free-only&e2e=must&dataInEU=nice&lang=en'],
    ['?participants=50&hosting=cloud&budget=free-only&e2e=must&dataInEU=nice&lang=en'],
    ['participants=50&hosting=cloud&budget=free-only&e2e=must&dataInEU=nice&lang=en'],
  ])('reads %s', (raw) => {
    const parsed = parseLink(raw, initialAnswers);
    expect(parsed).toEqual({
      answers: { participants: 50, hosting: 'cloud', budget: 'free-only', includeDiscontinued: false, importance: { e2e: 'must', dataInEU: 'nice' } },
      hasAnswers: true,
      lang: 'en',
      dataSet: null,
      sensitivity: null,
      choice: null,
      own: null,
      ignored: [],
      moreIgnored: 0,
    });
  });

  it.each([
    ['data=current', 'current', []],
    ['data=report', 'report', []],
    // A bad value gets the usual notice, and the link falls back to the report.
    ['data=tomorrow', 'report', [{ param: 'data', value: 'tomorrow', problem: 'invalidValue' }]],
  ] as const)('reads %s as the %s data, not as an answer', (raw, dataSet, ignored) => {
    const parsed = parseLink(`${raw}&lang=nl`, initialAnswers);
    expect(parsed.dataSet).toBe(dataSet);
    expect(parsed.hasAnswers).toBe(false);
    expect(parsed.ignored).toEqual(ignored);
    expect(parsed.answers).toEqual(initialAnswers);
  });

  it.each([
    ['sensitivity=special', 'special', null],
    ['sensitivity=everyday', 'everyday', null],
    ['choice=signal', null, 'signal'],
    ['sensitivity=confidential&choice=jitsi', 'confidential', 'jitsi'],
  ] as const)('reads %s beside the answers, not as an answer', (raw, sensitivity, choice) => {
    const parsed = parseLink(`${raw}&lang=en`, initialAnswers);
    expect(parsed).toMatchObject({ sensitivity, choice, hasAnswers: false, ignored: [] });
    expect(parsed.answers).toEqual(initialAnswers);
  });

  it.each([
    ['sensitivity=secret', 'sensitivity'],
    // A choice names a tool id: the report's or an own tool's (whether that tool is there is the ranking's to say).
    ['choice=Skype for Business', 'choice'],
  ])('ignores %s with the usual notice', (raw, param) => {
    const parsed = parseLink(raw, initialAnswers);
    expect(parsed.ignored).toEqual([{ param, value: raw.split('=')[1]!, problem: 'invalidValue' }]);
    expect(parsed.sensitivity).toBeNull();
    expect(parsed.choice).toBeNull();
  });

  it.each([
    ['participants=1', 'outOfRange'],
    ['participants=100001', 'outOfRange'],
    ['participants=2.5', 'notWholeNumber'],
    ['participants=abc', 'invalidValue'],
    ['participants=-4', 'invalidValue'],
    ['hosting=mars', 'invalidValue'],
    ['budget=cheap', 'invalidValue'],
    ['discontinued=yes', 'invalidValue'],
    ['lang=de', 'invalidValue'],
    ['e2e=always', 'invalidValue'],
    ['colour=blue', 'unknownParam'],
  ] as const)('ignores %s as %s and keeps the base answers', (raw, problem) => {
    const parsed = parseLink(raw, initialAnswers);
    expect(parsed.ignored).toEqual([{ param: raw.split('=')[0], value: raw.split('=')[1], problem }]);
    expect(parsed.answers).toEqual(initialAnswers);
    expect(parsed.hasAnswers).toBe(false);
  });

  it('keeps the first of a repeated parameter and reports the second', () => {
    const parsed = parseLink('participants=20&participants=30', initialAnswers);
    expect(parsed.answers.participants).toBe(20);
    expect(parsed.ignored).toEqual([{ param: 'participants', value: '30', problem: 'duplicate' }]);
  });

  it('uses good values even when others are bad', () => {
    const parsed = parseLink('participants=zero&budget=paid-ok&e2e=must&foo=1', initialAnswers);
    expect(parsed.answers.importance).toEqual({ e2e: 'must' });
    expect(parsed.ignored.map((i) => i.param)).toEqual(['participants', 'foo']);
    expect(parsed.hasAnswers).toBe(true);
  });

  it('treats lang alone as no answers', () => {
    expect(parseLink('lang=en', initialAnswers)).toMatchObject({ hasAnswers: false, lang: 'en' });
  });

  it('survives any string without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const parsed = parseLink(raw, initialAnswers);
        expect(parsed.answers.participants).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});

const answersArb: fc.Arbitrary<Answers> = fc.record({
  participants: fc.integer({ min: 2, max: 100_000 }),
  hosting: fc.constantFrom('self', 'either', 'cloud'),
  budget: fc.constantFrom('free-only', 'free-preferred', 'paid-ok'),
  includeDiscontinued: fc.boolean(),
  importance: fc.dictionary(fc.constantFrom(...criterionIds), fc.constantFrom('must', 'nice')),
}) as fc.Arbitrary<Answers>;

it('round-trips every answer set through the link', () => {
  fc.assert(
    fc.property(
      answersArb,
      fc.constantFrom('nl', 'en'),
      fc.constantFrom('report', 'current'),
      fc.constantFrom(null, ...sensitivities),
      fc.constantFrom(null, ...toolIds),
      (answers, lang, dataSet, sensitivity, choice) => {
        const parsed = parseLink(toLinkParams(answers, lang, { dataSet, sensitivity, choice }), initialAnswers);
        expect(parsed.answers).toEqual(answers);
        expect(parsed.lang).toBe(lang);
        expect(parsed.sensitivity).toBe(sensitivity);
        expect(parsed.choice).toBe(choice);
        // The report is written as no parameter at all, which a link with answers reads as the report.
        expect(parsed.dataSet ?? 'report').toBe(dataSet);
        expect(parsed.ignored).toEqual([]);
      },
    ),
  );
});

describe('hostile links', () => {
  it('reads at most 4 KB, cutting at a whole parameter, and says the rest was left out', () => {
    const raw = `participants=30&${'x'.repeat(5000)}=1&e2e=must`;
    const parsed = parseLink(raw, initialAnswers);
    expect(parsed.answers.participants).toBe(30);
    expect(parsed.answers.importance).toEqual({}); // e2e=must lies beyond the 4 KB read
    expect(parsed.ignored.at(-1)).toMatchObject({ problem: 'tooLong' });
  });

  it('a single parameter longer than 4 KB is cut at the limit, not read', () => {
    const parsed = parseLink(`participants=${'9'.repeat(5000)}`, initialAnswers);
    expect(parsed.answers.participants).toBe(initialAnswers.participants);
    expect(parsed.hasAnswers).toBe(false);
  });

  it('lists at most five ignored parameters, each cut short, and counts the rest', () => {
    const raw = Array.from({ length: 12 }, (_, i) => `bad${i}=${'v'.repeat(100)}`).join('&');
    const parsed = parseLink(raw, initialAnswers);
    expect(parsed.ignored).toHaveLength(maxIgnoredListed);
    expect(parsed.moreIgnored).toBe(12 - maxIgnoredListed);
    for (const p of parsed.ignored) expect(p.value.length).toBeLessThanOrEqual(41);
    expect(raw.length).toBeLessThan(maxLinkLength);
  });
});

describe('the own part', () => {
  it('is set apart, still encoded, and left out of the link\'s own cap', () => {
    const own = 'A'.repeat(5000);
    const parsed = parseLink(`#participants=12&own=${own}&lang=nl`, initialAnswers);
    expect(parsed.own).toBe(own);
    expect(parsed.answers.participants).toBe(12);
    expect(parsed.lang).toBe('nl');
    expect(parsed.ignored).toEqual([]);
  });

  it('is read up to 64 KB; a longer one, or two, is ignored and said so', () => {
    const long = parseLink(`#participants=12&own=${'A'.repeat(64 * 1024 + 1)}`, initialAnswers);
    expect(long.own).toBeNull();
    expect(long.ignored).toEqual([{ param: 'own', value: `${'A'.repeat(40)}…`, problem: 'tooLong' }]);
    const two = parseLink('#own=abc&own=def', initialAnswers);
    expect(two.own).toBeNull();
    expect(two.ignored).toEqual([{ param: 'own', value: 'def', problem: 'duplicate' }]);
  });

  it('is written before the language, and names an own tool as the choice', () => {
    const params = toLinkParams(initialAnswers, 'en', { dataSet: 'current', choice: 'nextcloud-talk', own: 'abc_-' });
    expect(params).toMatch(/&choice=nextcloud-talk&own=abc_-&lang=en$/);
    const parsed = parseLink(params, initialAnswers);
    expect([parsed.choice, parsed.own]).toEqual(['nextcloud-talk', 'abc_-']);
  });
});
