import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IdlePart } from '../../src/components/lazy-part';
import { Later } from '../../src/components/later';
import { createI18n } from '../../src/i18n';
import { allResources } from '../render';

const idle: (() => void)[] = [];
afterEach(() => {
  cleanup(); // unmounting cancels the idle wait, through the stubs
  idle.length = 0;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function stubIdle() {
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  vi.stubGlobal('cancelIdleCallback', () => {});
}

/** A part's code that comes in when `arrive()` is called; as import() does, one download however often it is asked for. */
function codeArrivingLater<T>(Part: T) {
  let arrive = () => {};
  const code = new Promise<{ default: T }>((done) => (arrive = () => done({ default: Part })));
  return { load: vi.fn(() => code), arrive: () => arrive() };
}

/** Runs the idle callbacks waiting now, after the frame `whenIdle` waits for. */
async function idleNow() {
  await act(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  await act(async () => idle.splice(0).forEach((run) => run()));
}

describe('IdlePart', () => {
  it('shows its part only once the code is in, in one go: never its loading line', async () => {
    stubIdle();
    const i18n = await createI18n('nl', allResources);
    let renders = 0;
    const Part = ({ word }: { word: string }) => {
      renders++;
      return <p>{word}</p>;
    };
    const { load, arrive } = codeArrivingLater(Part);
    render(
      <I18nextProvider i18n={i18n}>
        <IdlePart load={load} props={{ word: 'deel' }} />
      </I18nextProvider>,
    );
    expect(load).not.toHaveBeenCalled();
    await idleNow();
    expect(load).toHaveBeenCalled();
    expect(screen.queryByText(i18n.t('loading.text'))).toBeNull();
    expect(screen.queryByText('deel')).toBeNull();

    await act(async () => arrive());
    expect(await screen.findByText('deel')).toBeTruthy();
    expect(renders).toBe(1);
  });

  it('still shows (with its Retry) when its code cannot be loaded', async () => {
    stubIdle();
    const i18n = await createI18n('nl', allResources);
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the error it caught
    const load = () => Promise.reject(new Error('offline'));
    render(
      <I18nextProvider i18n={i18n}>
        <IdlePart load={load} props={{}} />
      </I18nextProvider>,
    );
    await idleNow();
    expect(await screen.findByRole('button', { name: i18n.t('loadFailed.retry') })).toBeTruthy();
  });
});

describe('Later', () => {
  it('shows its part once the code is in, rendering it once', async () => {
    stubIdle();
    const i18n = await createI18n('nl', allResources);
    let renders = 0;
    const Part = () => {
      renders++;
      return <p>later</p>;
    };
    const { load, arrive } = codeArrivingLater(Part);
    render(
      <I18nextProvider i18n={i18n}>
        <Later load={load} />
      </I18nextProvider>,
    );
    expect(load).not.toHaveBeenCalled();
    await idleNow();
    expect(load).toHaveBeenCalled();
    expect(screen.queryByText('later')).toBeNull();

    await act(async () => arrive());
    expect(await screen.findByText('later')).toBeTruthy();
    expect(renders).toBe(1);
  });
});
