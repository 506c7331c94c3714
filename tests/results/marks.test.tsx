import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportCatalog } from '../../src/catalog';
import { rank, type Answers } from '../../src/scoring';
import { useStore } from '../../src/state/store';
import { renderAt, resetStore } from '../render';
import { cards, showResults } from './results-helpers';

beforeEach(resetStore);

// Jitsi on its own server, with the four points where the report's table says n.v.t. weighed.
const privacyFirst: Answers = {
  participants: 10, hosting: 'self', budget: 'paid-ok', includeDiscontinued: true,
  importance: { dpa: 'nice', noThirdPartySharing: 'nice', euController: 'nice', dataInEU: 'nice', e2e: 'nice' },
};
const naCriteria = ['dpa', 'noThirdPartySharing', 'euController', 'dataInEU'];

async function openCard(id: string) {
  const user = userEvent.setup();
  const card = cards().find((c) => c.id === id)!.el;
  await user.click(within(card).getAllByRole('button', { expanded: false })[0]!);
  await within(card).findAllByText((_, el) => el?.hasAttribute('data-mark') ?? false, {}, { timeout: 10_000 });
  return card;
}

describe('marks that say what they mean', () => {
  it('shows Jitsi\'s n.v.t. cells as their own mark, never as "meets" and never among its strongest points', async () => {
    expect(rank(reportCatalog, privacyFirst).find((r) => r.toolId === 'jitsi')!.eligible).toBe(true);
    await showResults(privacyFirst);
    const card = await openCard('jitsi');
    for (const criterion of naCriteria) {
      const row = card.querySelector(`[data-criterion="${criterion}"][data-mark]`)!;
      expect(row, criterion).toHaveAttribute('data-mark', 'na');
      expect(row).toHaveTextContent('Not applicable');
      expect(row).toHaveTextContent('collects no personal data');
    }
    // Never among its strongest points, if it has any.
    const strongest = within(card).queryByRole('heading', { name: 'Strongest points' })?.nextElementSibling;
    if (strongest) expect(strongest).not.toHaveTextContent(/processing agreement|third parties|controller|Netherlands\/EU/i);
  }, 20_000);

  it('gives every verdict row of every card both hooks, gates included, with the mark rank() implies', async () => {
    const answers: Answers = { participants: 20, hosting: 'either', budget: 'free-only', includeDiscontinued: false, importance: { e2e: 'must', dataInEU: 'nice' } };
    await showResults(answers);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Show the \d+ tools? that do(es)? not fit/ }));
    // A fitting card and two that do not fit: the hooks come from one component for all ten.
    const results = rank(reportCatalog, answers);
    const sample = [...results.filter((r) => r.eligible).slice(0, 1), ...results.filter((r) => !r.eligible).slice(0, 2)];
    expect(sample).toHaveLength(3);
    for (const result of sample) {
      const card = await openCard(result.toolId);
      // The verdict rows: the strongest points and the blockers carry `data-criterion` too, but no mark.
      const rows = [...card.querySelectorAll('[data-criterion][data-mark]')];
      expect(rows.map((r) => r.getAttribute('data-criterion')).sort(), result.toolId).toEqual(result.verdicts.map((v) => v.criterion).sort());
      for (const row of rows) {
        const verdict = result.verdicts.find((v) => v.criterion === row.getAttribute('data-criterion'))!;
        const expected = verdict.reason === 'notApplicable' ? 'na' : verdict.status;
        expect(row.getAttribute('data-mark'), `${result.toolId} ${verdict.criterion}`).toBe(expected);
      }
      expect(rows.map((r) => r.getAttribute('data-criterion'))).toEqual(expect.arrayContaining(['participants', 'hosting', 'budget', 'availability']));
    }
  }, 20_000);

  it('marks a tool past its end of support, with the date, in its card header and on compare', async () => {
    const answers: Answers = { participants: 10, hosting: 'either', budget: 'paid-ok', includeDiscontinued: true, importance: {} };
    await showResults(answers);
    const header = cards().find((c) => c.id === 'skype-for-business')!.el.querySelector('header')!;
    expect(header.querySelector('[data-discontinued]')).toHaveAttribute('data-discontinued', reportCatalog.tools.find((t) => t.id === 'skype-for-business')!.endOfSupport!.date);
    expect(header).toHaveTextContent(/Support ended \d+ \w+ \d{4}/);
  });

  it('says the results are no advice from the report, and gives its three general tips', async () => {
    await showResults(privacyFirst);
    // Below the ranking, loaded once the page is idle.
    expect(await screen.findByRole('heading', { name: 'What this ranking is' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/It is not advice from the report/)).toBeInTheDocument();
    const tips = (await screen.findByRole('heading', { name: 'The report\'s general tips' }, { timeout: 10_000 })).parentElement!;
    expect(within(tips).getAllByRole('listitem')).toHaveLength(3);
    expect(tips).toHaveTextContent(/multi-factor authentication/);
  });
});

describe('end of support on compare, and how we read the transit row\'s ✘', () => {
  it('marks the tool in the compare headers', async () => {
    useStore.setState({ answers: { participants: 10, hosting: 'either', budget: 'paid-ok', includeDiscontinued: true, importance: {} } });
    const { container } = await renderAt('/compare?tools=teams,skype-for-business', { lang: 'en' });
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    await within(container).findAllByText((_, el) => el?.hasAttribute('data-discontinued') ?? false);
    const marks = [...container.querySelectorAll('[data-discontinued]')];
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toHaveTextContent(/Support ended/);
  });

  it('says beside the table\'s transit row how we read its ✘ for tools that encrypt end to end', async () => {
    const { container } = await renderAt('/table', { lang: 'en' });
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    const row = (await screen.findByText(/Encryption in transit/)).closest('tr')!;
    expect(within(row).getByText('Signal and GoToMeeting: ✘ in the table, but end-to-end encrypted by the report\'s text; we count that as met.')).toBeVisible();
    expect(container.querySelectorAll('[data-transit-note]')).toHaveLength(1);
  });
});
