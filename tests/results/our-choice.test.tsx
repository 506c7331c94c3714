import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportCatalog } from '../../src/catalog/report';
import { ourChoice } from '../../src/components/our-choice';
import { rank } from '../../src/scoring';
import { useStore } from '../../src/state/store';
import { profiles } from '../fixtures/answers';
import { resetStore } from '../render';
import { showResults } from './results-helpers';

beforeEach(resetStore);

const fits = rank(reportCatalog, profiles.selfHoster).filter((r) => r.eligible);
const card = (id: string) => document.querySelector<HTMLElement>(`[data-tool-id="${id}"]`)!;
const toggle = (id: string) => within(card(id)).getByRole('button', { name: /^Choose this tool/ });

describe('ourChoice', () => {
  it('is the marked tool when it fits; no tool is chosen until one is marked', () => {
    expect(ourChoice(null, fits)).toEqual({ result: null, marked: null });
    expect(ourChoice(fits[1]!.toolId, fits)).toEqual({ result: fits[1], marked: fits[1]!.toolId });
    expect(ourChoice('zoom', fits)).toEqual({ result: null, marked: 'zoom' });
    expect(ourChoice('zoom', [])).toEqual({ result: null, marked: 'zoom' });
  });
});

describe('choosing a tool on the results page', () => {
  it('starts with none chosen; pressing one chooses it, pressing it again takes the choice away', async () => {
    const user = userEvent.setup();
    await showResults(profiles.selfHoster, 'en');
    const [first, second] = [fits[0]!.toolId, fits[1]!.toolId];
    expect(toggle(first)).toHaveAttribute('aria-pressed', 'false');
    expect(document.querySelector('[data-our-choice]')).toBeNull();
    await user.click(toggle(second));
    expect(useStore.getState().choice).toBe(second);
    expect(toggle(second)).toHaveAttribute('aria-pressed', 'true');
    expect(within(card(second)).getByText('Chosen')).toHaveAttribute('data-our-choice');
    expect(toggle(first)).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle(second));
    expect(useStore.getState().choice).toBeNull();
    expect(document.querySelector('[data-our-choice]')).toBeNull();
  });

  it('offers no toggle on a tool that does not fit, and says when the chosen one stops fitting', async () => {
    useStore.setState({ choice: 'zoom' });
    await showResults(profiles.selfHoster, 'en');
    expect(within(card('zoom')).queryByRole('button', { name: /^Choose this tool/ })).toBeNull();
    expect(await screen.findByText(/^Zoom was chosen, but does not fit these answers\. The memo lists the tools that fit best until it fits again/)).toBeInTheDocument();
    expect(document.querySelector('[data-our-choice]')).toBeNull();
    expect(useStore.getState().choice).toBe('zoom'); // kept, for when the answers fit it again
  });
});
