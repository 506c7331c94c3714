import { beforeEach, expect, it } from 'vitest';
import { applyLinkFromLocation } from '../../src/app/boot';
import { linkPart } from '../../src/share/link-part';
import { useStore } from '../../src/state/store';
import { resetStore } from '../render';

beforeEach(() => resetStore());

it.each([
  [{ pathname: '/results', hash: '#participants=5', search: '' }, '#participants=5'],
  [{ pathname: '/results', hash: '', search: '?participants=5' }, '?participants=5'],
  [{ pathname: '/results', hash: '#a', search: '?b' }, '#a'],
  [{ pathname: '/results', hash: '', search: '' }, ''],
  [{ pathname: '/about', hash: '#participants=5', search: '' }, ''],
])('finds the link part of %j', (loc, expected) => {
  expect(linkPart(loc)).toBe(expected);
});

it('applies a shared link and its language before the first render', () => {
  const lang = applyLinkFromLocation({ pathname: '/results', hash: '#participants=300&e2e=must&lang=en', search: '' });
  expect(lang).toBe('en');
  const s = useStore.getState();
  expect(s.lang).toBe('en');
  expect(s.answers.participants).toBe(300);
  expect(s.answers.importance).toEqual({ e2e: 'must' });
});

it('keeps the saved answers when a link has nothing valid, and lists what it ignored', () => {
  useStore.getState().setParticipants(25);
  const lang = applyLinkFromLocation({ pathname: '/results', hash: '', search: '?participants=lots&foo=bar' });
  expect(lang).toBe('nl');
  const s = useStore.getState();
  expect(s.answers.participants).toBe(25);
  expect(s.notices).toEqual([
    {
      kind: 'linkIgnored',
      ignored: [
        { param: 'participants', value: 'lots', problem: 'invalidValue' },
        { param: 'foo', value: 'bar', problem: 'unknownParam' },
      ],
      moreIgnored: 0,
    },
  ]);
});

it('uses the language chosen before when the page carries no link', () => {
  useStore.getState().setLang('en');
  expect(applyLinkFromLocation({ pathname: '/', hash: '', search: '' })).toBe('en');
});
