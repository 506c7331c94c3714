import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import nlResults from '../../locales/nl/results.json';
import enResults from '../../locales/en/results.json';
import type { Answers, VerdictCriterion } from '../../src/scoring';
import type { Lang } from '../../src/share/languages';
import { useStore } from '../../src/state/store';
import { location, renderAt, resetStore } from '../render';

// The whole app renders here, and role queries over a 4-column comparison are slow in jsdom.
const slow = 30_000;
const titles = { nl: 'Tools vergelijken', en: 'Compare tools' } as const;

const answers: Answers = {
  participants: 10,
  hosting: 'either',
  budget: 'paid-ok',
  includeDiscontinued: false,
  importance: { e2e: 'must', groupChat: 'nice' },
};

async function showCompare(path: string, lang: Lang = 'nl') {
  useStore.setState({ answers });
  const rendered = await renderAt(path, { lang });
  await screen.findByRole('heading', { level: 1, name: titles[lang] }, { timeout: 10_000 });
  return rendered;
}

const table = () => screen.getByRole('table');
const rowHeaders = () => within(table()).getAllByRole('rowheader').map((th) => th.textContent ?? '');
const columnHeaders = () => within(table()).getAllByRole('columnheader').map((th) => th.textContent);
const names = { nl: nlResults.criteria, en: enResults.criteria };
const rowOf = (criterion: VerdictCriterion, lang: Lang = 'nl') => {
  const header = within(table()).getAllByRole('rowheader').find((th) => th.textContent?.startsWith(names[lang][criterion]));
  if (!header) throw new Error(`no row for ${criterion}`);
  return header;
};

beforeEach(resetStore);

describe('the comparison', () => {
  it('shows one column per chosen tool, in the link’s order, with eligibility and score on top', async () => {
    await showCompare('/compare?tools=jitsi,webex');
    expect(columnHeaders()).toEqual(['Punt', 'Jitsi Meet', 'Cisco Webex']);
    expect(rowHeaders().slice(0, 4)).toEqual(['In het kort', 'Geschikt voor jou?', 'Score', 'In je uitslag']);
    const eligibility = within(table()).getAllByRole('row')[2]!;
    expect(within(eligibility).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Geschikt', 'Geschikt']);
    // The narrow layout: one card per tool, each named by its heading.
    for (const name of ['Jitsi Meet', 'Cisco Webex']) {
      const card = screen.getByRole('region', { name });
      expect(within(card).getByText('Geschikt voor jou?')).toBeInTheDocument();
    }
  }, slow);

  it('puts the company’s criteria first: must, then nice, then its answers on hosting and price', async () => {
    await showCompare('/compare?tools=jitsi,webex');
    const order: VerdictCriterion[] = [
      'participants', 'e2e', 'availability', 'groupChat', 'hosting', 'budget',
      'oneToOneCalls', 'groupCalls', 'joinWithoutAccount', 'browser', 'multiPlatform', 'dataMinimisation',
      'dpa', 'noThirdPartySharing', 'euController', 'dataInEU', 'transitEncryption', 'openSource',
    ];
    const headers = rowHeaders();
    expect(headers[4]).toBe('Wat jij belangrijk vindt');
    expect(headers[11]).toBe('Andere punten');
    const criteria = [...headers.slice(5, 11), ...headers.slice(12)];
    expect(criteria).toHaveLength(order.length);
    criteria.forEach((text, i) => expect(text.startsWith(names.nl[order[i]!])).toBe(true));
    expect(rowOf('e2e')).toHaveTextContent('Moet');
    expect(rowOf('groupChat')).toHaveTextContent('Mooi meegenomen');
    expect(rowOf('participants')).toHaveTextContent('Jouw antwoord: 10 personen');
  }, slow);

  it('marks rows where the tools differ with a word, not only a colour', async () => {
    await showCompare('/compare?tools=jitsi,webex');
    const browser = rowOf('browser');
    expect(browser).toHaveTextContent('Verschilt'); // Jitsi ✘, Webex ✔
    expect(rowOf('groupChat')).not.toHaveTextContent('Verschilt'); // both ✔
    expect(rowOf('e2e')).not.toHaveTextContent('Verschilt'); // both on a condition
    const browserCells = within(browser.closest('tr')!).getAllByRole('cell');
    expect(browserCells.map((c) => c.getAttribute('data-tool-id'))).toEqual(['jitsi', 'webex']);
    expect(browserCells[0]).toHaveTextContent('Voldoet niet');
    expect(browserCells[1]).toHaveTextContent('Voldoet');
  }, slow);

  it('lists the footnotes its verdicts point to', async () => {
    await showCompare('/compare?tools=jitsi,webex');
    const notes = screen.getByRole('heading', { name: 'Voetnoten uit het rapport' }).parentElement!;
    const ids = within(notes).getAllByRole('listitem').map((li) => li.id);
    expect(ids).toEqual(['footnote-1', 'footnote-3', 'footnote-4', 'footnote-5']);
    const e2e = within(rowOf('e2e').closest('tr')!).getAllByRole('cell');
    expect(within(e2e[0]!).getByRole('link', { name: 'Voetnoot 3' })).toHaveAttribute('href', '#footnote-3');
  }, slow);

  it('works in English', async () => {
    await showCompare('/compare?tools=zoom,signal', 'en');
    expect(screen.getByRole('table', { name: 'Zoom, Signal side by side' })).toBeInTheDocument();
    expect(within(table()).getByRole('rowheader', { name: 'What matters to you' })).toBeInTheDocument();
    expect(within(table()).getByRole('rowheader', { name: 'Other points' })).toBeInTheDocument();
    expect(rowOf('e2e', 'en')).toHaveTextContent('Must have');
  }, slow);
});

describe('choosing tools', () => {
  it('ignores unknown and repeated ids, and says which ones it did not know', async () => {
    await showCompare('/compare?tools=jitsi,whatsapp,jitsi,teams');
    expect(columnHeaders()).toEqual(['Punt', 'Jitsi Meet', 'Microsoft Teams']);
    const notice = screen.getByRole('heading', { name: 'Een deel van de link is niet gebruikt' }).parentElement!;
    expect(notice).toHaveTextContent('Deze tools kennen we niet: whatsapp.');
  }, slow);

  it('shows at most 4 tools, says which it left out, and disables the other boxes with a reason', async () => {
    await showCompare('/compare?tools=teams,zoom,jitsi,webex,slack');
    expect(columnHeaders()).toHaveLength(5);
    expect(screen.getByText(/lieten weg: Slack\./)).toBeInTheDocument();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.filter((b) => (b as HTMLInputElement).checked)).toHaveLength(4);
    const slack = screen.getByRole('checkbox', { name: 'Slack' });
    expect(slack).toBeDisabled();
    expect(slack).toHaveAccessibleDescription(/Je hebt 4 tools gekozen/);
    expect(screen.getByRole('checkbox', { name: 'Zoom' })).toBeEnabled();
  }, slow);

  it('asks for more when fewer than 2 are chosen, and offers the top 3', async () => {
    await showCompare('/compare?tools=jitsi');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Kies nog 1 tool om de vergelijking te zien.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Of vergelijk je top 3/ })).toHaveAttribute('href', expect.stringMatching(/^\/compare\?tools=[a-z-]+,[a-z-]+,[a-z-]+$/));
  }, slow);

  it('keeps the choice in the link: ticking and unticking replace the query', async () => {
    const user = userEvent.setup();
    await showCompare('/compare?tools=jitsi');
    await user.click(screen.getByRole('checkbox', { name: 'Zoom' }));
    expect(location()).toBe('/compare?tools=zoom,jitsi');
    expect(await screen.findByRole('table', { name: 'Zoom, Jitsi Meet naast elkaar' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Signal' }));
    await user.click(screen.getByRole('checkbox', { name: 'Cisco Webex' }));
    expect(location()).toBe('/compare?tools=zoom,jitsi,webex,signal');
    expect(screen.getByRole('checkbox', { name: 'Slack' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Jitsi Meet' }));
    expect(location()).toBe('/compare?tools=zoom,webex,signal');
    expect(screen.getByRole('checkbox', { name: 'Slack' })).toBeEnabled();
  }, slow);
});
