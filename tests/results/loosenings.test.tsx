import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reportCatalog } from '../../src/catalog';
import { defaultAnswers, type Answers } from '../../src/scoring';
import type * as search from '../../src/scoring/relaxations';
import { relaxations } from '../../src/scoring/relaxations';
import { Loosenings } from '../../src/results/relaxation-hints';
import { renderAt, resetStore } from '../render';

vi.mock('../../src/scoring/relaxations', async (original) => {
  const actual = await original<typeof search>();
  return { ...actual, relaxations: vi.fn(actual.relaxations) };
});

beforeEach(() => {
  resetStore();
  vi.mocked(relaxations).mockClear();
});

describe('Loosenings', () => {
  it('searches once for the same answers, also when it is drawn afresh (as an interrupted render does)', async () => {
    const answers: Answers = { ...defaultAnswers, importance: { e2e: 'must' } };
    const first = await renderAt('/results', { lang: 'en', ui: <Loosenings answers={answers} catalog={reportCatalog} noneFit={false} /> });
    first.unmount();
    const again = await renderAt('/results', { lang: 'en', ui: <Loosenings answers={answers} catalog={reportCatalog} noneFit={false} /> });
    expect(relaxations).toHaveBeenCalledTimes(1);
    again.unmount();
    // New answers (an answer changed): a new search, even when they read the same.
    await renderAt('/results', { lang: 'en', ui: <Loosenings answers={{ ...answers }} catalog={reportCatalog} noneFit={false} /> });
    expect(relaxations).toHaveBeenCalledTimes(2);
  });
});
