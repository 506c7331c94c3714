import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import nl from '../../locales/nl/wizard.json';
import en from '../../locales/en/wizard.json';
import nlResults from '../../locales/nl/results.json';
import enResults from '../../locales/en/results.json';
import { location, resetStore } from '../render';
import { useStore } from '../../src/state/store';
import { questions } from '../../src/wizard/questions';
import { stepIds } from '../../src/share/routes';
import { findFocusedPageHeading, findPageHeading, loadWizardPages, renderPage } from './helpers';

const texts = { nl: { wizard: nl, results: nlResults }, en: { wizard: en, results: enResults } } as const;
const answers = () => useStore.getState().answers;

beforeAll(loadWizardPages, 30_000);
beforeEach(() => resetStore());

describe.each(['nl', 'en'] as const)('every step in %s', (lang) => {
  const { wizard, results } = texts[lang];

  it.each(questions.map((q, i) => ({ q, n: i + 1 })))('$q.id renders its heading, caption, why and choices', async ({ q, n }) => {
    await renderPage(`/questions/${q.id}`, { lang });
    const step = wizard.steps[q.id];
    expect(await findPageHeading(step.title)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(lang === 'nl' ? `Vraag ${n} van 9` : `Question ${n} of 9`)).toBeInTheDocument();
    expect(stepIds).toHaveLength(9);
    expect(screen.getByText(step.why)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: wizard.continue })).toBeInTheDocument();

    if (q.kind === 'participants') {
      const input = screen.getByRole('textbox', { name: wizard.steps.participants.label });
      expect(input).toHaveAttribute('inputmode', 'numeric');
      expect(input).toHaveAttribute('autocomplete', 'off');
      expect(input).toHaveAccessibleDescription(wizard.steps.participants.hint);
    } else if (q.kind === 'sensitivity') {
      const group = screen.getByRole('group', { name: step.title });
      const options = wizard.steps.sensitivity.options;
      for (const option of Object.values(options)) {
        const radio = within(group).getByRole('radio', { name: option.label });
        expect(radio).not.toBeChecked(); // not answered until the user chooses
        expect(radio).toHaveAccessibleDescription(option.hint);
      }
    } else if (q.kind === 'hosting' || q.kind === 'budget') {
      const group = screen.getByRole('group', { name: step.title });
      const labels = Object.values(results[q.kind]);
      expect(within(group).getAllByRole('radio')).toHaveLength(3);
      for (const label of labels) expect(within(group).getByRole('radio', { name: label })).toBeInTheDocument();
    } else if (q.kind === 'importance') {
      for (const criterion of q.criteria) {
        const group = screen.getByRole('group', { name: wizard.criteria[criterion].question });
        expect(group).toHaveAccessibleDescription(wizard.criteria[criterion].hint);
        const radios = within(group).getAllByRole('radio');
        expect(radios.map((r) => r.getAttribute('value'))).toEqual(['must', 'nice', 'ignore']);
        expect(within(group).getByRole('radio', { name: results.importance.ignore })).toBeChecked();
        expect(within(group).getByRole('radio', { name: results.importance.must })).not.toBeChecked();
      }
      expect(screen.getAllByRole('group')).toHaveLength(q.criteria.length);
    } else {
      const group = screen.getByRole('group', { name: step.title });
      expect(within(group).getByRole('radio', { name: wizard.steps.discontinued.options.no.label })).toBeChecked();
      expect(within(group).getByRole('radio', { name: wizard.steps.discontinued.options.yes.label })).not.toBeChecked();
    }
  });
});

describe('choosing answers', () => {
  it('hosting and budget radios write to the store, with the hint as description', async () => {
    const user = userEvent.setup();
    await renderPage('/questions/hosting', { lang: 'en' });
    const self = await screen.findByRole('radio', { name: 'We want to run it on our own server' });
    expect(self).toHaveAccessibleDescription(en.steps.hosting.hints.self);
    await user.click(self);
    expect(answers().hosting).toBe('self');
    expect(self).toBeChecked();
    // The whole label is the click target, not just the small circle.
    await user.click(screen.getByText("A hosted service; we won't run servers"));
    expect(answers().hosting).toBe('cloud');
  });

  it('budget: arrow keys move between the native radios', async () => {
    const user = userEvent.setup();
    await renderPage('/questions/budget');
    const paid = await screen.findByRole('radio', { name: 'Een betaald abonnement is prima' });
    expect(paid).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Alleen gratis' }));
    expect(answers().budget).toBe('free-only');
    await user.keyboard('{ArrowDown}');
    expect(answers().budget).toBe('free-preferred');
    expect(screen.getByRole('radio', { name: 'Liefst gratis, betalen kan' })).toHaveFocus();
  });

  it('importance radios set and clear a criterion', async () => {
    const user = userEvent.setup();
    await renderPage('/questions/security');
    const e2e = await screen.findByRole('group', { name: 'Hoe belangrijk is end-to-end versleuteling?' });
    await user.click(within(e2e).getByRole('radio', { name: 'Moet' }));
    expect(answers().importance).toEqual({ e2e: 'must' });
    const open = screen.getByRole('group', { name: 'Hoe belangrijk is het dat de tool open source is?' });
    await user.click(within(open).getByRole('radio', { name: 'Mooi meegenomen' }));
    expect(answers().importance).toEqual({ e2e: 'must', openSource: 'nice' });
    await user.click(within(e2e).getByRole('radio', { name: 'Maakt niet uit' }));
    expect(answers().importance).toEqual({ openSource: 'nice' });
  });

  it('shows stored answers as checked', async () => {
    useStore.setState({ answers: { ...answers(), importance: { dpa: 'nice' } } });
    await renderPage('/questions/gdpr', { lang: 'en' });
    const dpa = await screen.findByRole('group', { name: 'How important is a data processing agreement?' });
    expect(within(dpa).getByRole('radio', { name: 'Nice to have' })).toBeChecked();
  });

  it('discontinued: names the tool and formats its end-of-support date for the language', async () => {
    const user = userEvent.setup();
    await renderPage('/questions/discontinued');
    expect(await screen.findByText(/Skype for Business stopt op 31 juli 2021/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Ja, laat ze zien' }));
    expect(answers().includeDiscontinued).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'Nee, laat ze weg' }));
    expect(answers().includeDiscontinued).toBe(false);
  });

  it('discontinued in English uses an English date', async () => {
    await renderPage('/questions/discontinued', { lang: 'en' });
    expect(await screen.findByText(/Skype for Business ends on 31 July 2021/)).toBeInTheDocument();
  });
});

describe('navigation', () => {
  it.each([
    ['/questions/sensitivity', '/'],
    ['/questions/participants', '/questions/sensitivity'],
    ['/questions/hosting', '/questions/participants'],
    ['/questions/discontinued', '/questions/security'],
    ['/questions/budget?return=check', '/check'],
  ])('%s has a back link to %s', async (path, target) => {
    await renderPage(path);
    expect(await screen.findByRole('link', { name: 'Terug' })).toHaveAttribute('href', target);
  });

  it('Continue goes to the next step and focuses its heading', async () => {
    const user = userEvent.setup();
    await renderPage('/questions/hosting', { lang: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(location()).toBe('/questions/budget');
    await findFocusedPageHeading(en.steps.budget.title);
    expect(screen.getByText('Question 4 of 9')).toBeInTheDocument();
  });

  it('Continue from the last step goes to /check', async () => {
    const user = userEvent.setup();
    await renderPage('/questions/discontinued');
    await user.click(await screen.findByRole('button', { name: 'Verder' }));
    expect(location()).toBe('/check');
    expect(await findPageHeading('Controleer je antwoorden')).toBeInTheDocument();
  });

  it('?return=check sends Continue back to /check', async () => {
    const user = userEvent.setup();
    await renderPage('/questions/features?return=check');
    await user.click(await screen.findByRole('button', { name: 'Verder' }));
    expect(location()).toBe('/check');
  });

  it('an unknown step shows a friendly message with a link to the first question', async () => {
    const user = userEvent.setup();
    await renderPage('/questions/colour', { lang: 'en' });
    expect(await findPageHeading('This question does not exist')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the first question' }));
    expect(location()).toBe('/questions/sensitivity');
    expect(await findPageHeading(en.steps.sensitivity.title)).toBeInTheDocument();
  });
});
