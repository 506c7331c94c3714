import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportCatalog } from '../../src/catalog';
import { rank, type Answers } from '../../src/scoring';
import { useStore } from '../../src/state/store';
import { profiles } from '../fixtures/answers';
import { resetStore } from '../render';
import { cards, showResults, shownEligible, shownIneligible, statusTexts } from './results-helpers';

beforeEach(resetStore);

const ids = (a: Answers, eligible: boolean) => rank(reportCatalog, a).filter((r) => r.eligible === eligible).map((r) => r.toolId);

describe('the ranking', () => {
  it.each(Object.entries(profiles))('shows %s as rank() orders it: fitting tools first, the others below', async (_name, answers) => {
    await showResults(answers);
    expect(shownEligible()).toEqual(ids(answers, true));
    expect(shownIneligible()).toEqual(ids(answers, false));
    // Every card carries the hooks, the ineligible ones too.
    expect(cards()).toHaveLength(reportCatalog.tools.length);
    for (const c of cards()) expect(['true', 'false']).toContain(c.eligible);
  });

  it('gives each fitting card a rank, a badge, a score with its number and the strongest points', async () => {
    await showResults(profiles.selfHoster);
    const list = screen.getByRole('heading', { level: 2, name: 'Tools that fit' }).parentElement!;
    const [first, second] = within(list).getAllByRole('article');
    expect(within(first!).getByRole('heading', { level: 3 })).toHaveTextContent('Jitsi Meet');
    expect(first).toHaveTextContent('Rank 1');
    expect(second).toHaveTextContent('Rank 2');
    expect(within(first!).getByText('All must-haves met')).toBeInTheDocument();
    const meter = within(first!).getByRole('meter', { name: 'Score' });
    expect(meter).toHaveAttribute('value', '88');
    expect(within(first!).getByText('88/100')).toBeVisible();
    expect(within(first!).getByRole('heading', { name: 'Strongest points' })).toBeInTheDocument();
    expect(first).toHaveTextContent('Open source:');
    expect(within(first!).getByRole('link', { name: 'Compare with other tools' })).toHaveAttribute('href', '/compare?tools=jitsi,teams');
  });

  it('says there is no score when the company weighs no criterion', async () => {
    await showResults({ participants: 10, hosting: 'either', budget: 'paid-ok', includeDiscontinued: false, importance: {} });
    const [first] = within(screen.getByRole('heading', { name: 'Tools that fit' }).parentElement!).getAllByRole('article');
    expect(within(first!).queryByRole('meter')).toBeNull();
    expect(first).toHaveTextContent('No score: you marked no point as must have or nice to have');
  });

  it('opens a card on every verdict, grouped as in the report, with words and footnote links', async () => {
    const user = userEvent.setup();
    await showResults(profiles.freeSmallOffice);
    const card = screen.getByRole('article', { name: 'Zoom' });
    const toggle = within(card).getByRole('button', { name: 'Show all 18 verdicts' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(card).queryByRole('heading', { level: 4, name: 'What the tool offers' })).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const region = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(region).toBeVisible();
    // The opened part loads its code on first use.
    await within(region).findByRole('heading', { level: 4, name: 'What the tool offers' });
    for (const group of ['What the tool offers', 'What the tool stores', 'Where your data goes', 'How well your data is protected', 'How you pay', 'Support']) {
      expect(within(region).getByRole('heading', { level: 4, name: group })).toBeInTheDocument();
    }
    const zoom = rank(reportCatalog, profiles.freeSmallOffice).find((r) => r.toolId === 'zoom')!;
    expect(within(region).getAllByRole('listitem').length).toBeGreaterThanOrEqual(zoom.verdicts.length);
    // Status as icon + word, the importance in words, the reason as a sentence.
    expect(within(region).getAllByText('Meets').length).toBeGreaterThan(0);
    expect(within(region).getAllByText('Your choice: Must have').length).toBeGreaterThan(0);
    expect(within(region).getByText('Works on several platforms, but only through the web browser.')).toBeInTheDocument();
    // Zoom's browser cell carries footnote 2; the link points at the footnote list on the page.
    const ref = within(region).getAllByRole('link', { name: 'Footnote 2' })[0]!;
    expect(ref).toHaveAttribute('href', '#footnote-2');
    expect(document.getElementById('footnote-2')).toHaveTextContent('Only works in a web browser.');
    // The report's text/table disagreement and its source.
    const notes = within(region).getAllByRole('heading', { name: "The report's text and table disagree" });
    expect(notes).toHaveLength(2);
    expect(region).toHaveTextContent('Source in the report: Hoe veilig is Zoom? › Manier van inloggen?');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(region).not.toBeVisible();
  });

  it('following a footnote link keeps the answers in the address', async () => {
    const user = userEvent.setup();
    await showResults(profiles.freeSmallOffice);
    const card = screen.getByRole('article', { name: 'Zoom' });
    await user.click(within(card).getByRole('button', { name: /Show all/ }));
    await user.click((await within(card).findAllByRole('link', { name: 'Footnote 2' }))[0]!);
    expect(document.activeElement).toBe(document.getElementById('footnote-2'));
    expect(useStore.getState().answers).toEqual(profiles.freeSmallOffice);
  });

  it('shows an end-of-support warning for a discontinued tool that is included', async () => {
    const user = userEvent.setup();
    await showResults({ ...profiles.selfHoster, includeDiscontinued: true });
    const card = screen.getByRole('article', { name: 'Skype for Business' });
    expect(card).toHaveAttribute('data-eligible', 'true');
    // Marked in the card's header, visible without opening anything, with the date as a hook.
    const mark = card.querySelector('header [data-discontinued]');
    expect(mark).toHaveAttribute('data-discontinued', '2021-07-31');
    expect(mark).toBeVisible();
    expect(mark).toHaveTextContent('Support ended 31 July 2021 (report)');
    await user.click(within(card).getByRole('button', { name: /Show all/ }));
    expect(await within(card).findByRole('heading', { name: 'End of support' })).toBeInTheDocument();
    expect(card).toHaveTextContent('The report gives 31 July 2021 as the end of support for Skype for Business');
  });

  it('lists the tools that do not fit collapsed, each with its blockers in words', async () => {
    const user = userEvent.setup();
    await showResults(profiles.selfHoster);
    expect(screen.getByRole('heading', { level: 2, name: 'Not suitable for you' })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Zoom' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show the 8 tools that do not fit' }));
    const zoom = screen.getByRole('article', { name: 'Zoom' });
    expect(zoom).toHaveAttribute('data-eligible', 'false');
    expect(within(zoom).getByText('Does not fit')).toBeInTheDocument();
    expect(within(zoom).getByText('Zoom cannot run on your own server.')).toBeInTheDocument();
  });

  it('says in one short line under the summary which data ranked, and asks how current that is, leading to the full text', async () => {
    await showResults(profiles.selfHoster);
    const line = screen.getByText(/^On the report as published \(2020\)\./);
    expect(line).toHaveAttribute('data-ranked-on', 'report');
    expect(within(line).getByRole('link', { name: 'How current is this?' })).toHaveAttribute('href', '/about');
  });

  it('says nothing about the data that ranked when nothing is ranked, and still points to the full text', async () => {
    await showResults({ participants: 100000, hosting: 'cloud', budget: 'free-only', includeDiscontinued: false, importance: { e2e: 'must', openSource: 'must' } });
    expect(statusTexts()).toContain('No tool fits all your must-haves.');
    expect(screen.queryByText(/On the report/)).toBeNull();
    expect(screen.getByRole('link', { name: 'How current is this?' }).parentElement).not.toHaveAttribute('data-ranked-on');
  });

  it('renders in Dutch', async () => {
    await showResults(profiles.selfHoster, 'nl');
    expect(screen.getByRole('heading', { level: 2, name: 'Tools die passen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Past niet bij jou' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Toon alle 18 oordelen' })).toHaveLength(2);
    expect(statusTexts()).toContain('2 tools passen; Jitsi Meet past het best (88).');
    expect(screen.getByText(/^Op het rapport zoals gepubliceerd \(2020\)\./)).toHaveAttribute('data-ranked-on', 'report');
    expect(screen.getAllByText('Voldoet aan alles wat moet')).toHaveLength(2);
  });
});
