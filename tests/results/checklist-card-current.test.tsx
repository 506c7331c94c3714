import { beforeEach, describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from '../../src/state/store';
import { resetStore } from '../render';
import { answers } from '../scoring/helpers';
import { cards, showResults } from './results-helpers';
import '../../src/components/tool-checklist';

// A file of its own: a page that first renders on current data after another results test in the
// same file waited for good in jsdom (the app in a browser does not; tests/e2e/checklist.spec.ts).
beforeEach(resetStore);

describe('"Before you start" on current data', () => {
  it('lists the changes that ask something, dated, with their publisher', async () => {
    const user = userEvent.setup();
    useStore.setState({ dataSet: 'current' });
    await showResults(answers({ participants: 10, budget: 'paid-ok', importance: { e2e: 'must' } }));
    const teams = cards().find((c) => c.id === 'teams')!;
    expect(teams.eligible).toBe('true');
    await user.click(within(teams.el).getByRole('button', { name: 'Before you start' }));
    const list = await within(teams.el).findByText((_, el) => el?.getAttribute('data-checklist-for') === 'teams');
    const updates = within(list).getAllByRole('listitem').filter((li) => li.getAttribute('data-checklist-item') === 'update');
    expect(updates.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Check whether the provider of Microsoft Teams is certified under the EU–US Data Privacy Framework'),
      expect.stringContaining('you need Teams Premium, a paid add-on'),
      expect.stringContaining('an administrator has to permit it, and then each user enables it'),
    ]);
    expect(updates[2]).toHaveTextContent('Source: change since the report of 14 December 2021, Microsoft Learn');
    expect(within(list).getByRole('heading', { name: 'Changed since the report' })).toBeInTheDocument();
    // The changed cell (✔ with footnote 4) holds on a paid plan: a condition of its own.
    expect(within(list).getAllByRole('listitem')[0]).toHaveAttribute('data-checklist-item', 'paidPlan');
  });
});
