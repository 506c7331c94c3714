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
const toggle = (id: string) => within(card(id)).getByRole('button', { name: /^Our choice for the memo/ });

describe('ourChoice', () => {
  it('is the marked tool when it fits, else the first, saying why', () => {
    expect(ourChoice(null, fits)).toMatchObject({ result: fits[0], source: 'first' });
    expect(ourChoice(fits[1]!.toolId, fits)).toMatchObject({ result: fits[1], source: 'marked' });
    expect(ourChoice('zoom', fits)).toMatchObject({ result: fits[0], source: 'fellBack', marked: 'zoom' });
    expect(ourChoice('zoom', [])).toBeNull();
  });
});

describe('marking our choice on the results page', () => {
  it('starts on the first tool; pressing another marks it, pressing it again goes back to the first', async () => {
    const user = userEvent.setup();
    await showResults(profiles.selfHoster, 'en');
    const [first, second] = [fits[0]!.toolId, fits[1]!.toolId];
    expect(toggle(first)).toHaveAttribute('aria-pressed', 'true');
    expect(within(card(first)).getByText('Our choice')).toHaveAttribute('data-our-choice');
    await user.click(toggle(second));
    expect(useStore.getState().choice).toBe(second);
    expect(toggle(second)).toHaveAttribute('aria-pressed', 'true');
    expect(toggle(first)).toHaveAttribute('aria-pressed', 'false');
    expect(card(first).querySelector('[data-our-choice]')).toBeNull();
    await user.click(toggle(second));
    expect(useStore.getState().choice).toBeNull();
    expect(toggle(first)).toHaveAttribute('aria-pressed', 'true');
  });

  it('offers no toggle on a tool that does not fit, and says when the marked one stops fitting', async () => {
    useStore.setState({ choice: 'zoom' });
    await showResults(profiles.selfHoster, 'en');
    expect(within(card('zoom')).queryByRole('button', { name: /^Our choice/ })).toBeNull();
    expect(await screen.findByText(/^Zoom was marked as our choice, but does not fit these answers\. The memo uses Jitsi Meet for now/)).toBeInTheDocument();
    expect(useStore.getState().choice).toBe('zoom'); // kept, for when the answers fit it again
  });
});
