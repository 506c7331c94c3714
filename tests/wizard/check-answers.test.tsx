import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { location, resetStore } from '../render';
import { useStore } from '../../src/state/store';
import { criterionIds } from '../../src/scoring/types';
import { findPageHeading, loadWizardPages, renderPage } from './helpers';
import { answerSensitivity } from '../../src/state/answer-sensitivity';

beforeAll(loadWizardPages, 30_000);
beforeEach(() => {
  resetStore();
  useStore.getState().setAnswers({
    participants: 1500,
    hosting: 'self',
    budget: 'free-preferred',
    includeDiscontinued: true,
    importance: { e2e: 'must', dpa: 'nice', groupCalls: 'must' },
  });
});

/** The dd next to a dt with this text, inside the section named `section`. */
function answerOf(section: string, term: string) {
  const region = screen.getByRole('region', { name: section });
  const dt = within(region).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent;
}

describe('check your answers', () => {
  it('lists every answer in Dutch, grouped by step', async () => {
    await renderPage('/check');
    expect(screen.getByRole('heading', { level: 1, name: 'Controleer je antwoorden' })).toBeInTheDocument();
    expect(answerOf('Deelnemers', 'Hoeveel mensen zitten er in je grootste overleg?')).toBe('1.500 mensen');
    expect(answerOf('Eigen server', 'Wil je de tool op een eigen server draaien?')).toBe('We willen het op een eigen server draaien');
    expect(answerOf('Prijs', 'Mag de tool geld kosten?')).toBe('Liefst gratis, betalen kan');
    expect(answerOf('Functies', 'Groepsgesprekken')).toBe('Moet');
    expect(answerOf('Functies', 'Werkt in de browser')).toBe('Maakt niet uit');
    expect(answerOf('AVG', 'Verwerkersovereenkomst mogelijk')).toBe('Mooi meegenomen');
    expect(answerOf('Beveiliging', 'End-to-end-versleuteling')).toBe('Moet');
    expect(answerOf('Tools zonder ondersteuning', 'Wil je ook tools zien die niet meer ondersteund worden?')).toBe('Ja, laat ze zien');
    expect(answerOf('Hoe gevoelig', 'Waar gaan je gesprekken meestal over?')).toBe('Niet beantwoord');
    // All 14 criteria plus sensitivity, participants, hosting, budget and discontinued.
    expect(screen.getAllByRole('term')).toHaveLength(criterionIds.length + 5);
  });

  it('lists every answer in English, with English number formatting', async () => {
    await renderPage('/check', { lang: 'en' });
    expect(answerOf('Participants', 'How many people are in your largest meeting?')).toBe('1,500 people');
    expect(answerOf('Price', 'Can the tool cost money?')).toBe('Free preferred, paid is possible');
    expect(answerOf('GDPR', 'No sharing with third parties')).toBe("Doesn't matter");
    expect(answerOf('GDPR', 'Data processing agreement possible')).toBe('Nice to have');
    expect(answerOf('Tools without support', 'Do you also want to see tools that are no longer supported?')).toBe('Yes, show them');
  });

  it('has a Change link per step that returns here, with hidden context', async () => {
    await renderPage('/check', { lang: 'en' });
    const expected = {
      'How sensitive': 'sensitivity', Participants: 'participants', 'Own server': 'hosting', Price: 'budget', Features: 'features',
      Privacy: 'privacy', GDPR: 'gdpr', Security: 'security', 'Tools without support': 'discontinued',
    };
    const links = screen.getAllByRole('link', { name: /^Change / });
    expect(links).toHaveLength(9);
    for (const [name, id] of Object.entries(expected)) {
      const link = screen.getByRole('link', { name: `Change ${name}` });
      expect(link).toHaveAttribute('href', `/questions/${id}?return=check`);
      expect(within(link).getByText(name)).toHaveClass('visually-hidden');
    }
    expect(screen.getByRole('link', { name: 'See the results' })).toHaveAttribute('href', '/results');
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/questions/discontinued');
  });

  it('Change → answer → Continue comes back with the new answer', async () => {
    const user = userEvent.setup();
    await renderPage('/check');
    await user.click(screen.getByRole('link', { name: 'Wijzigen Beveiliging' }));
    expect(location()).toBe('/questions/security?return=check');
    await findPageHeading('Hoe goed moeten je gesprekken beveiligd zijn?');
    expect(screen.getByRole('link', { name: 'Terug' })).toHaveAttribute('href', '/check');
    const open = screen.getByRole('group', { name: 'Hoe belangrijk is het dat de tool open source is?' });
    await user.click(within(open).getByRole('radio', { name: 'Moet' }));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(location()).toBe('/check');
    await findPageHeading('Controleer je antwoorden');
    expect(answerOf('Beveiliging', 'Open source')).toBe('Moet');
  });

  it('lists the sensitivity, marks what it suggested, and its Change link comes back with the new answer', async () => {
    const user = userEvent.setup();
    answerSensitivity('confidential');
    await renderPage('/check', { lang: 'en' });
    expect(answerOf('How sensitive', 'What do you usually discuss in your calls?')).toBe('Confidential business information');
    // dpa was 'nice' and is raised to 'must'; e2e was already 'must', so it is not marked.
    expect(answerOf('GDPR', 'Data processing agreement possible')).toBe('Must have (suggested)');
    expect(answerOf('Security', 'End-to-end encryption')).toBe('Must have');
    await user.click(screen.getByRole('link', { name: 'Change How sensitive' }));
    expect(location()).toBe('/questions/sensitivity?return=check');
    await findPageHeading('What do you usually discuss in your calls?');
    await user.click(screen.getByRole('radio', { name: 'Everyday work' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(location()).toBe('/check');
    await findPageHeading('Check your answers');
    expect(answerOf('How sensitive', 'What do you usually discuss in your calls?')).toBe('Everyday work');
    // Everyday suggests nothing: what confidential raised, and nobody changed, goes back.
    expect(answerOf('GDPR', 'Data processing agreement possible')).toBe('Nice to have');
    expect(answerOf('GDPR', 'No sharing with third parties')).toBe("Doesn't matter");
  });
});
