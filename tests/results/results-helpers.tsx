import type { ProfilerOnRenderCallback } from 'react';
import { screen, within } from '@testing-library/react';
import type { Answers } from '../../src/scoring';
import type { Lang } from '../../src/share/languages';
import { useStore } from '../../src/state/store';
import { renderAt } from '../render';
// Load the lazily split page and the parts it loads when idle up front, so no test waits on their
// transform: on a busy machine that alone can outlast a findBy's wait.
import '../../src/results/results-page';
import '../../src/results/sharing';
import '../../src/results/relaxation-hints';
import '../../src/results/card-details';
import '../../src/results/adjust-form';
import '../../src/results/settle';
import '../../src/results/other-data';
import '../../src/app/deferred-memo';
import '../../src/memo/memo';

export const titles = { nl: 'Jouw uitslag', en: 'Your results' } as const;

/** Renders /results for these answers and waits for the lazily loaded page. */
export async function showResults(answers: Answers, lang: Lang = 'en', path = '/results', onCommit?: ProfilerOnRenderCallback) {
  // Answers given (as a question page does), on the data set the test chose: a fresh visit ranks on current data.
  useStore.setState({ answers, answered: true });
  const rendered = await renderAt(path, { lang, onCommit });
  await screen.findByRole('heading', { level: 1, name: titles[lang] }, { timeout: 10000 });
  return rendered;
}

/** The tool cards (articles) in document order, with their test hooks. */
export function cards() {
  return screen.getAllByRole('article', { hidden: true }).map((el) => ({
    el,
    id: el.getAttribute('data-tool-id'),
    eligible: el.getAttribute('data-eligible'),
    name: within(el).getByRole('heading', { level: 3, hidden: true }).textContent,
  }));
}

/** Ids of the tools that fit, in the order the page shows them. */
export const shownEligible = () => cards().filter((c) => c.eligible === 'true').map((c) => c.id);
export const shownIneligible = () => cards().filter((c) => c.eligible === 'false').map((c) => c.id);

/** The texts of every live status region on the page (the outcome summary is one of them). */
export const statusTexts = () => screen.queryAllByRole('status').map((el) => el.textContent);
/** The line under the summary that says which data ranked (empty when nothing is ranked). */
export const rankedOnText = () => document.querySelector('[data-ranked-on]')?.textContent ?? '';

const adjustTitles = { nl: 'Antwoorden aanpassen', en: 'Change your answers' } as const;

/** The adjust panel, once its form is in: it loads when the browser is idle, apart from the first screen. */
export async function adjustPanel(lang: Lang = 'en') {
  const panel = screen.getByRole('complementary', { name: adjustTitles[lang] });
  await within(panel).findAllByRole('group', {}, { timeout: 10_000 });
  return panel;
}
