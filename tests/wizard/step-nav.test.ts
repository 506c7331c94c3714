import { describe, expect, it } from 'vitest';
import { backHref, lastStep, nextHref, returnsToCheck, stepNumber } from '../../src/wizard/step-nav';
import { stepIds } from '../../src/share/routes';

describe('step navigation', () => {
  it.each([
    ['sensitivity', '/questions/participants', '/'],
    ['participants', '/questions/hosting', '/questions/sensitivity'],
    ['hosting', '/questions/budget', '/questions/participants'],
    ['budget', '/questions/features', '/questions/hosting'],
    ['features', '/questions/privacy', '/questions/budget'],
    ['privacy', '/questions/gdpr', '/questions/features'],
    ['gdpr', '/questions/security', '/questions/privacy'],
    ['security', '/questions/discontinued', '/questions/gdpr'],
    ['discontinued', '/check', '/questions/security'],
  ] as const)('%s: next %s, back %s', (id, next, back) => {
    expect(nextHref(id, false)).toBe(next);
    expect(backHref(id, false)).toBe(back);
    expect(nextHref(id, true)).toBe('/check');
    expect(backHref(id, true)).toBe('/check');
  });

  it('numbers the steps 1 to 9 and knows the last one', () => {
    expect(stepIds.map(stepNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(lastStep).toBe('discontinued');
  });

  it.each([
    ['return=check', true],
    ['return=results', false],
    ['', false],
  ])('?%s returns to check: %s', (query, expected) => {
    expect(returnsToCheck(new URLSearchParams(query))).toBe(expected);
  });
});
