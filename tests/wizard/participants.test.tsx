import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { location, resetStore } from '../render';
import { useStore } from '../../src/state/store';
import { loadWizardPages, renderPage } from './helpers';

beforeAll(loadWizardPages, 30_000);
beforeEach(() => {
  resetStore();
  useStore.getState().setParticipants(25);
});

const field = (lang: 'nl' | 'en') => screen.getByRole('textbox', { name: lang === 'nl' ? 'Aantal mensen' : 'Number of people' });

describe('participants: errors', () => {
  it.each([
    ['nl', '', 'Vul in hoeveel mensen er in je grootste overleg zitten'],
    ['nl', 'twaalf', 'Vul een getal in met alleen cijfers, bijvoorbeeld 12'],
    ['nl', '12,5', 'Vul een heel getal in, zonder komma'],
    ['nl', '1,000', 'Typ het getal zonder punten of komma’s, bijvoorbeeld 1000'],
    ['nl', '1', 'Een overleg heeft minstens 2 mensen'],
    ['nl', '250000', 'Vul een getal in van 100.000 of minder'],
    ['en', '', 'Enter how many people are in your largest meeting'],
    ['en', 'ten', 'Enter a number using digits only, for example 12'],
    ['en', '12.5', 'Enter a whole number, without a decimal point'],
    ['en', '1.000', 'Type the number without commas or full stops, for example 1000'],
    ['en', '0', 'A meeting has at least 2 people'],
    ['en', '250000', 'Enter a number of 100,000 or less'],
  ] as const)('%s %j: inline error, summary, text and stored value kept', async (lang, typed, message) => {
    const user = userEvent.setup();
    await renderPage('/questions/participants', { lang });
    const input = field(lang);
    expect(input).toHaveValue('25');
    await user.clear(input);
    if (typed) await user.type(input, typed);
    await user.click(screen.getByRole('button', { name: lang === 'nl' ? 'Verder' : 'Continue' }));

    // Still on the page, nothing lost.
    expect(location()).toBe('/questions/participants');
    expect(input).toHaveValue(typed);
    expect(useStore.getState().answers.participants).toBe(25);

    // The summary takes focus and links to the field.
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: lang === 'nl' ? 'Er is een probleem' : 'There is a problem' })).toBeInTheDocument();
    const link = within(summary).getByRole('link', { name: message });
    expect(link).toHaveAttribute('href', '#participants');

    // The inline error is part of the field's description, and the field is marked invalid.
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(document.title).toMatch(lang === 'nl' ? /^Fout: / : /^Error: /);

    await user.click(link);
    expect(input).toHaveFocus();
  });

  it('a second failed Continue focuses the summary again', async () => {
    const user = userEvent.setup();
    await renderPage('/questions/participants');
    const input = field('nl');
    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    await user.click(input);
    expect(input).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('correcting the number clears the errors and moves on', async () => {
    const user = userEvent.setup();
    await renderPage('/questions/participants');
    const input = field('nl');
    await user.clear(input);
    await user.type(input, 'x');
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '1.500');
    expect(useStore.getState().answers.participants).toBe(1500);
    await user.click(screen.getByRole('button', { name: 'Verder' }));
    expect(location()).toBe('/questions/hosting');
  });
});

describe('participants: valid input', () => {
  it.each([
    ['nl', '1.000', 1000],
    ['nl', '40', 40],
    ['en', '1,000', 1000],
    ['en', '2 500', 2500],
  ] as const)('%s %j is stored as %i while typing', async (lang, typed, value) => {
    const user = userEvent.setup();
    await renderPage('/questions/participants', { lang });
    const input = field(lang);
    await user.clear(input);
    await user.type(input, typed);
    expect(useStore.getState().answers.participants).toBe(value);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('shows a new stored value when the answers are reset elsewhere', async () => {
    await renderPage('/questions/participants');
    const input = field('nl');
    expect(input).toHaveValue('25');
    act(() => useStore.getState().startClient());
    expect(await screen.findByDisplayValue('10')).toBe(input);
  });
});

describe('participants: nothing answered is lost', () => {
  it('a half-typed number does not replace the earlier answer', async () => {
    const user = userEvent.setup();
    await renderPage('/questions/participants', { lang: 'en' });
    const input = field('en');
    await user.type(input, '0000'); // "250000": passes "2500" and "25000" on the way
    expect(input).toHaveValue('250000');
    expect(useStore.getState().answers.participants).toBe(25);
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(location()).toBe('/questions/sensitivity');
    expect(useStore.getState().answers.participants).toBe(25);
  });

  it('a valid number stays in the store when the page is left and opened again', async () => {
    const user = userEvent.setup();
    await renderPage('/questions/participants');
    const input = field('nl');
    await user.clear(input);
    await user.type(input, '60');
    await user.click(screen.getByRole('link', { name: 'Terug' }));
    await user.click(await screen.findByRole('button', { name: 'Verder' }));
    expect(await screen.findByDisplayValue('60', {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});
