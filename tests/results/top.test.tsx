import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/scoring';
import { useStore } from '../../src/state/store';
import { resetStore } from '../render';
import { cards, rankedOnText, showResults, statusTexts } from './results-helpers';

beforeEach(resetStore);

/** Group calls, guests without an account, a processing agreement and the browser as musts: four tools tie on the report. */
const fourTie: Answers = {
  participants: 10, hosting: 'cloud', budget: 'paid-ok', includeDiscontinued: false,
  importance: { groupCalls: 'must', joinWithoutAccount: 'must', dpa: 'must', browser: 'must' },
};

const ranks = () => cards().filter((c) => c.eligible === 'true').map((c) => c.el.getAttribute('data-rank'));
/** The block that sets tied tools apart; it comes once the first screen is up. */
const tiebreak = () => screen.findByRole('region', { name: /What sets them apart/ }, { timeout: 10_000 });

describe('the top of the results', () => {
  it('names a tie as a tie: shared places, no tool "first", and what sets the tied tools apart', async () => {
    await showResults(fourTie);
    expect(statusTexts()).toContain('4 tools fit equally well: Cisco Webex, GoToMeeting, Microsoft Teams and Zoom (100).');
    expect(ranks().slice(0, 4)).toEqual(['1', '1', '1', '1']);
    expect(document.body.textContent).not.toMatch(/comes first|fits best/);
    const block = await tiebreak();
    expect(block).toHaveAttribute('data-tiebreak');
    const items = block.querySelectorAll('[data-criterion]');
    expect(items.length).toBeGreaterThan(2);
    // None of them is a must; each says in one line how the tools differ.
    for (const item of items) expect(fourTie.importance[item.getAttribute('data-criterion') as keyof Answers['importance']]).toBeUndefined();
    expect(within(block).getByText(/No sharing with third parties:/).parentElement).toHaveTextContent('Cisco Webex, GoToMeeting and Microsoft Teams: does not meet; Zoom: meets');
    // The first two show; the others are in the page, behind "Show N more".
    const hidden = [...items].filter((item) => (item as HTMLElement).hidden);
    expect(hidden).toHaveLength(items.length - 2);
    await userEvent.click(within(block).getByRole('button', { name: `Show ${items.length - 2} more points` }));
    expect([...items].filter((item) => (item as HTMLElement).hidden)).toHaveLength(0);
  });

  it('re-ranks at once when an importance changes in the block, and moves focus to the summary when that ends the tie', async () => {
    const user = userEvent.setup();
    await showResults(fourTie);
    const block = await tiebreak();
    const choice = within(block).getByRole('combobox', { name: 'How much ‘No sharing with third parties’ matters' });
    await user.selectOptions(choice, 'nice');
    expect(useStore.getState().answers.importance.noThirdPartySharing).toBe('nice');
    await waitFor(() => expect(statusTexts().join(' ')).toMatch(/^1 tool fits|4 tools fit; Zoom fits best/));
    expect(ranks()[0]).toBe('1');
    expect(ranks()[1]).not.toBe('1');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('id', 'results-summary'));
  });

  it('says how firm a lone leader is, and which single change would put another tool beside it', async () => {
    await showResults({ ...fourTie, importance: { ...fourTie.importance, noThirdPartySharing: 'nice' } });
    const line = await screen.findByText(/^Zoom leads by \d+ points?\./, {}, { timeout: 10_000 });
    expect(line.closest('[data-firmness]')).toHaveAttribute('data-firmness', 'change');
    expect(line.textContent).toMatch(/would (join it|come first instead)\.$/);
    expect(screen.queryByRole('region', { name: /What sets them apart/ })).toBeNull();
  });

  it('says under the summary which data ranked, and who would come first on the other data', async () => {
    useStore.setState({ dataSet: 'current' });
    await showResults({ ...fourTie, importance: { ...fourTie.importance, e2e: 'nice' } });
    expect(rankedOnText()).toMatch(/^On the report with known changes up to \d+ \w+ 2025\./);
    const other = await waitFor(() => {
      const el = document.querySelector('[data-other-top]');
      expect(el).not.toBeNull();
      return el!;
    }, { timeout: 10_000 });
    expect(other.textContent).toMatch(/^On the report as published \(2020\), .+ would (come first|share the top)\.\s*$/);
    expect(other.closest('[data-ranked-on]')).toHaveAttribute('data-ranked-on', 'current');
  });
});
