import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportCatalog } from '../../src/catalog';
import { DeferredMemo } from '../../src/app/deferred-memo';
import { Memo } from '../../src/memo/memo';
import { MemoPrep } from '../../src/results/memo-prep';
import { rank } from '../../src/scoring';
import { toLinkParams } from '../../src/share/link-write';
import { useStore } from '../../src/state/store';
import { renderAt, resetStore } from '../render';
import { profiles } from '../fixtures/answers';
import { showResults } from '../results/results-helpers';

beforeEach(resetStore);
afterEach(() => vi.restoreAllMocks());

async function showMemo(answers = profiles.secureLargeCompany, lang: 'nl' | 'en' = 'en') {
  useStore.setState({ answers });
  const rendered = await renderAt('/results', { lang, ui: <Memo /> });
  const memo = await screen.findByRole('article', { name: lang === 'en' ? 'Advice memo: choosing a video calling tool' : 'Adviesmemo: een videobeltool kiezen', hidden: true });
  return { ...rendered, memo };
}

const today = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());

describe('the printed advice memo', () => {
  it('prints with the Print button, once the memo is there: the first beforeprint draws it', async () => {
    const user = userEvent.setup();
    useStore.setState({ answers: profiles.selfHoster });
    // The two parts that meet here, as the results page composes them: the Print button and the memo.
    const { container } = await renderAt('/results', { lang: 'en', ui: <><MemoPrep /><DeferredMemo /></> });
    // The memo's code loads when the browser is idle; Print, pressed before, waits for it. The
    // browser's print dialog is replaced by what printing starts with: one beforeprint.
    let memoAtPrint: boolean | null = null;
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      act(() => void window.dispatchEvent(new Event('beforeprint')));
      memoAtPrint = container.querySelector('[data-memo]') !== null;
    });
    expect(container.querySelector('[data-memo]')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    await vi.waitFor(() => expect(print).toHaveBeenCalledOnce(), { timeout: 15_000, interval: 100 });
    expect(memoAtPrint).toBe(true);
    // Not in the page again once printing is over.
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(container.querySelector('[data-memo]')).toBeNull();
  });

  it('opens with the client, the date and the notes, then the answers in short', async () => {
    useStore.getState().setClient({ name: 'Bakkerij Jansen', notes: 'Decide by Friday.' });
    const { memo } = await showMemo();
    expect(memo).toHaveAttribute('data-memo');
    expect(memo).toHaveTextContent(`Printed on ${today('en-GB')}`);
    expect(memo).toHaveTextContent('Language: English');
    expect(memo).toHaveTextContent('For: Bakkerij Jansen');
    expect(memo).toHaveTextContent('Decide by Friday.');
    expect(within(memo).getAllByRole('term', { hidden: true })).toHaveLength(7);
    expect(memo).toHaveTextContent('How sensitive the calls areNot answered');
    expect(memo).toHaveTextContent('Size of your largest meeting300 people');
    expect(memo).toHaveTextContent('Must haveData stays in the Netherlands/EU and End-to-end encryption');
  });

  it('holds its parts in the order of the hand-over, the data set with the answers', async () => {
    useStore.getState().setChoice('jitsi');
    const { memo } = await showMemo(profiles.selfHoster);
    expect(within(memo).getAllByRole('heading', { level: 2, hidden: true }).map((h) => h.textContent?.trim())).toEqual([
      'The answers in short',
      'Chosen: Jitsi Meet',
      'Jitsi Meet since the report',
      'The tools that fit, on the points you weighed',
      'Not suitable',
      "The report's general tips",
      'What the report is, and is not',
      'Open these results online',
    ]);
    const dataLine = memo.querySelector('[data-data-set="report"]')!;
    expect(within(dataLine.closest('section')!).getByRole('heading', { level: 2, hidden: true })).toHaveTextContent('The answers in short');
  });

  it('without a chosen tool, lists the tools that fit best with their shared score, and no internal remark', async () => {
    const a = { ...profiles.freeSmallOffice };
    const { memo } = await showMemo(a);
    const best = memo.querySelector('[data-best]')!;
    expect(best.getAttribute('data-best')!.split(' ').sort()).toEqual(['google-meet', 'teams', 'webex', 'zoom']);
    expect(best).toHaveTextContent('The tools that fit best');
    expect(best).toHaveTextContent('Cisco Webex, Google Meet, Microsoft Teams and Zoom · Score: 100 out of 100 each.');
    expect(best).toHaveTextContent("Choosing one of them on the results page adds its ‘before you start’ list to this memo.");
    expect(memo).not.toHaveTextContent(/first tool in the ranking|No tool was marked/);
    expect(memo.querySelector('[data-checklist-for]')).toBeNull();
  });

  it('gives the chosen tool with its score, how firm the top is, its strongest points and, in full, what to do before you start', async () => {
    useStore.getState().setChoice('jitsi');
    const { memo } = await showMemo(profiles.selfHoster);
    const [first] = rank(reportCatalog, profiles.selfHoster);
    expect(first!.toolId).toBe('jitsi');
    expect(memo).toHaveTextContent('Chosen: Jitsi Meet');
    expect(memo).toHaveTextContent('Score: 88 out of 100');
    expect(memo).toHaveTextContent('Marked as chosen on the results page.');
    expect(memo.querySelector('[data-firmness]')).toHaveTextContent('Jitsi Meet leads by 38 points. No single change to your answers puts another tool at the top.');
    expect(within(memo).getByRole('heading', { name: 'Before you start', hidden: true })).toBeInTheDocument();
    // Jitsi on its own server: the set-up its encryption rests on (footnote 3), its login fact and its
    // three tips; the three general tips are named once, as the memo prints them in a section of their own.
    const list = memo.querySelector('[data-checklist-for="jitsi"]')!;
    expect([...list.querySelectorAll('li')].map((li) => li.getAttribute('data-checklist-item'))).toEqual([
      'ownServer', 'loginFact', 'toolTip', 'toolTip', 'toolTip',
    ]);
    expect(list).toHaveTextContent("The report's three general tips apply too: see them further on in this memo.");
    expect(within(memo).getByRole('heading', { name: "The report's general tips", hidden: true })).toBeInTheDocument();
    expect(list).toHaveTextContent('Set up your own server with care: the report\'s table says it depends on that for End-to-end encryption.');
    expect(list).toHaveTextContent('Use a PIN for all your meetings.');
  });

  it('says "tied with" when the chosen tool shares the first place', async () => {
    useStore.getState().setChoice('zoom');
    const { memo } = await showMemo(profiles.freeSmallOffice);
    expect(memo).toHaveTextContent('Chosen: Zoom');
    expect(memo.querySelector('[data-firmness="tie"]')).toHaveTextContent('Tied with Cisco Webex, Google Meet and Microsoft Teams.');
  });

  it('puts the tools that fit against the weighed points, and one line per excluded tool', async () => {
    const { memo } = await showMemo(profiles.selfHoster);
    const table = within(memo).getByRole('table', { hidden: true });
    const ranked = rank(reportCatalog, profiles.selfHoster);
    const fits = ranked.filter((r) => r.eligible);
    expect(within(table).getAllByRole('columnheader', { hidden: true })).toHaveLength(fits.length + 1);
    // hosting (a must), e2e and open source (nice): the points weighed; nothing ignored.
    expect(within(table).getAllByRole('rowheader', { hidden: true }).map((th) => th.textContent)).toEqual([
      'Own server (Must have)', 'End-to-end encryption (Nice to have)', 'Open source (Nice to have)',
    ]);
    const excluded = within(memo).getByRole('heading', { name: 'Not suitable', hidden: true }).parentElement!;
    expect(within(excluded).getAllByRole('listitem', { hidden: true })).toHaveLength(ranked.length - fits.length);
    expect(excluded).toHaveTextContent('Zoom – Own server: Zoom cannot run on your own server.');
  });

  it('ends with the general tips, what the report is, the source, the disclaimer and the link', async () => {
    const { memo } = await showMemo();
    expect(memo).toHaveTextContent("The report's general tips");
    expect(memo).toHaveTextContent('It is not advice from the report.');
    expect(memo).toHaveTextContent('Grant Thornton did no extensive technical research');
    expect(memo).toHaveTextContent(`${window.location.origin}/results#${toLinkParams(profiles.secureLargeCompany, 'en')}`);
  });

  it('prints in Dutch with a Dutch date', async () => {
    const { memo } = await showMemo(profiles.selfHoster, 'nl');
    expect(memo).toHaveTextContent(`Afgedrukt op ${today('nl-NL')}`);
    expect(memo).toHaveTextContent('Taal: Nederlands');
  });

  it('keeps the adjust panel, the share and memo controls off paper', async () => {
    await showResults(profiles.selfHoster, 'en');
    for (const name of ['Change your answers', 'Share these results', 'Prepare an advice memo']) {
      expect((await screen.findByRole('heading', { name })).closest('.no-print')).not.toBeNull();
    }
  });

  it('describes the chosen tool, and says it was marked', async () => {
    const fits = rank(reportCatalog, profiles.selfHoster).filter((r) => r.eligible);
    const second = fits[1]!;
    useStore.getState().setChoice(second.toolId);
    const { memo } = await showMemo(profiles.selfHoster);
    const name = reportCatalog.tools.find((t) => t.id === second.toolId)!.name;
    expect(memo).toHaveTextContent(`Chosen: ${name}`);
    expect(memo).toHaveTextContent('Marked as chosen on the results page.');
  });

  it('lists the tools that fit best when the chosen one does not fit, and says which was chosen', async () => {
    useStore.getState().setChoice('zoom'); // Zoom cannot run on your own server
    const { memo } = await showMemo(profiles.selfHoster);
    expect(memo).not.toHaveTextContent('Chosen: ');
    expect(memo.querySelector('[data-best]')).toHaveAttribute('data-best', 'jitsi');
    expect(memo).toHaveTextContent('Zoom was chosen, but does not fit these answers.');
  });

  it('prints the sensitivity, and the link with it and the choice, as text and as a QR code', async () => {
    useStore.setState({ sensitivity: 'special', choice: 'jitsi' });
    const { memo } = await showMemo(profiles.selfHoster);
    expect(memo).toHaveTextContent('How sensitive the calls areSpecial-category personal data');
    const link = `${window.location.origin}/results#${toLinkParams(profiles.selfHoster, 'en', { sensitivity: 'special', choice: 'jitsi' })}`;
    expect(memo).toHaveTextContent(link);
    const qr = within(memo).getByRole('img', { name: 'QR code with the link to these results', hidden: true });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  });
});
