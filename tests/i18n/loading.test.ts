import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../src/i18n';

/** A fetch that answers every locale file, failing the first `failures` calls; returns the files asked for. */
function fakeFetch(failures: number) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    calls.push(url.replace(/^.*\/(\w+\/[\w-]+\.json)$/, '$1'));
    if (calls.length <= failures) return new Response('nope', { status: 503 });
    return new Response(JSON.stringify({ hello: `hello from ${calls.at(-1)}` }), { status: 200 });
  }));
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('loading the texts from the network', () => {
  it('fetches the first page\'s files in parallel, in the language asked for', async () => {
    const calls = fakeFetch(0);
    const i18n = await createI18n('en', undefined, ['results']);
    expect(calls.sort()).toEqual(['en/common.json', 'en/results.json']);
    expect(i18n.getResource('en', 'results', 'hello')).toBe('hello from en/results.json');
  });

  it('tries a file that failed again, so a dropped connection does not stop the page', async () => {
    const calls = fakeFetch(1);
    const i18n = await createI18n('nl');
    expect(calls).toEqual(['nl/common.json', 'nl/common.json']);
    expect(i18n.hasResourceBundle('nl', 'common')).toBe(true);
  });

  it('gives up after two more tries, so the page can say it could not load', async () => {
    const calls = fakeFetch(10);
    const i18n = await createI18n('en');
    expect(calls).toEqual(['en/common.json', 'en/common.json', 'en/common.json']);
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false);
  });
});
