import { describe, expect, it } from 'vitest';
import { parseParticipants } from '../../src/components/parse-participants';
import { MAX_PARTICIPANTS, MIN_PARTICIPANTS } from '../../src/share/limits';

describe('parseParticipants: valid numbers', () => {
  it.each([
    ['12', 'nl', 12],
    ['12', 'en', 12],
    ['  12  ', 'nl', 12],
    ['\t7\n', 'en', 7],
    ['2', 'nl', 2],
    ['100000', 'en', 100000],
    ['007', 'nl', 7],
    ['+15', 'en', 15],
    ['1.000', 'nl', 1000],
    ['1,000', 'en', 1000],
    ['100.000', 'nl', 100000],
    ['100,000', 'en', 100000],
    ['1 000', 'nl', 1000],
    ['1 000', 'en', 1000],
    ['1\u00a0000', 'nl', 1000],
    ['1\u2009000', 'en', 1000],
    ['1\u202f000', 'nl', 1000],
    ['25 000', 'en', 25000],
    ['1000', 'nl', 1000],
    ['1000', 'en', 1000],
  ] as const)('%j in %s is %i', (text, lang, value) => {
    expect(parseParticipants(text, lang)).toEqual({ ok: true, value });
  });
});

describe('parseParticipants: problems', () => {
  it.each([
    ['', 'nl', 'empty'],
    ['   ', 'en', 'empty'],
    ['\u00a0', 'nl', 'empty'],
    ['abc', 'nl', 'notANumber'],
    ['twelve', 'en', 'notANumber'],
    ['12a', 'en', 'notANumber'],
    ['10 people', 'en', 'notANumber'],
    ['1e3', 'en', 'notANumber'],
    ['0x10', 'nl', 'notANumber'],
    ['1.', 'nl', 'notANumber'],
    [',5', 'nl', 'notANumber'],
    ['1..000', 'nl', 'notANumber'],
    ['12.34.5', 'nl', 'notANumber'],
    ['1 2', 'en', 'notANumber'],
    ['-', 'nl', 'notANumber'],
    ['1,5', 'nl', 'notWhole'],
    ['1.5', 'en', 'notWhole'],
    ['10,0', 'nl', 'notWhole'],
    ['2.50', 'en', 'notWhole'],
    ['1.000,5', 'nl', 'notWhole'],
    ['1,000.5', 'en', 'notWhole'],
    ['-1,5', 'nl', 'notWhole'],
    ['1,000', 'nl', 'ambiguous'],
    ['1.000', 'en', 'ambiguous'],
    ['12,500', 'nl', 'ambiguous'],
    ['12.500', 'en', 'ambiguous'],
    ['1,000,000', 'nl', 'ambiguous'],
    ['1.000.000', 'en', 'ambiguous'],
    ['1,000.5', 'nl', 'ambiguous'],
    ['1.000,5', 'en', 'ambiguous'],
    ['0', 'nl', 'tooSmall'],
    ['1', 'en', 'tooSmall'],
    ['-5', 'nl', 'tooSmall'],
    ['\u22125', 'en', 'tooSmall'],
    ['100001', 'nl', 'tooLarge'],
    ['100.001', 'nl', 'tooLarge'],
    ['1,000,000', 'en', 'tooLarge'],
    ['99999999999999999999999', 'en', 'tooLarge'],
  ] as const)('%j in %s is %s', (text, lang, error) => {
    expect(parseParticipants(text, lang)).toEqual({ ok: false, error });
  });
});

describe('parseParticipants: bounds', () => {
  it.each(['nl', 'en'] as const)('accepts exactly the limits in %s', (lang) => {
    expect(parseParticipants(String(MIN_PARTICIPANTS), lang)).toEqual({ ok: true, value: MIN_PARTICIPANTS });
    expect(parseParticipants(String(MAX_PARTICIPANTS), lang)).toEqual({ ok: true, value: MAX_PARTICIPANTS });
    expect(parseParticipants(String(MIN_PARTICIPANTS - 1), lang)).toEqual({ ok: false, error: 'tooSmall' });
    expect(parseParticipants(String(MAX_PARTICIPANTS + 1), lang)).toEqual({ ok: false, error: 'tooLarge' });
  });

  it('reads every whole number in range back, in both languages and with grouping', () => {
    for (const n of [2, 9, 10, 999, 1000, 1234, 12345, 99999, 100000]) {
      expect(parseParticipants(String(n), 'nl')).toEqual({ ok: true, value: n });
      expect(parseParticipants(new Intl.NumberFormat('nl-NL', { useGrouping: 'always' }).format(n), 'nl')).toEqual({ ok: true, value: n });
      expect(parseParticipants(new Intl.NumberFormat('en-GB').format(n), 'en')).toEqual({ ok: true, value: n });
    }
  });
});
