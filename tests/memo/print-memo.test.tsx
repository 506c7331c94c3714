import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toLinkParams } from '../../src/share/link';
import { useStore } from '../../src/wizard/store';
import { resetStore } from '../render';
import { profiles } from '../fixtures/answers';
import { showResults } from './results-helpers';

beforeEach(resetStore);
afterEach(() => vi.restoreAllMocks());

/** The print-only parts of the page (hidden on screen, shown by the print stylesheet). */
const printOnly = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('.print-only')];

describe('the printed advice memo', () => {
  it('prints with the Print button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    await showResults(profiles.selfHoster, 'en');
    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('carries the title, date, language, client, answers, link, footnotes and disclaimer', async () => {
    const user = userEvent.setup();
    const { container } = await showResults(profiles.secureLargeCompany, 'en');
    await user.type(screen.getByRole('textbox', { name: "Client's name" }), 'Bakkerij Jansen');
    await user.type(screen.getByRole('textbox', { name: 'Notes for the memo' }), 'Decide by Friday.');
    expect(useStore.getState().client).toEqual({ name: 'Bakkerij Jansen', notes: 'Decide by Friday.' });

    const [header, footer] = printOnly(container);
    expect(header).not.toBeVisible(); // on screen
    expect(header).toHaveTextContent('Advice memo: choosing a video calling tool');
    expect(header).toHaveTextContent(new RegExp(`Printed on ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date())}`));
    expect(header).toHaveTextContent('Language: English');
    expect(header).toHaveTextContent('For: Bakkerij Jansen');
    expect(header).toHaveTextContent('Decide by Friday.');
    // The answers as a definition list (hidden: print-only content is hidden on screen).
    expect(within(header!).getAllByRole('term', { hidden: true })).toHaveLength(6);
    expect(header).toHaveTextContent('Size of your largest meeting300');
    expect(header).toHaveTextContent('Must haveData stays in the Netherlands/EU; End-to-end encryption');

    expect(footer).toHaveTextContent(`${window.location.origin}/results#${toLinkParams(profiles.secureLargeCompany, 'en')}`);
    expect(footer).toHaveTextContent('Grant Thornton did not test the tools technically');
    expect(footer).toHaveTextContent('All data is from 2020');
    // The footnotes are on the page (and in print) once.
    const notes = screen.getByRole('heading', { name: 'Footnotes from the report' }).parentElement!;
    expect(within(notes).getAllByRole('listitem')).toHaveLength(6);
  });

  it('holds every verdict of every fitting tool and the blockers of the others, even when collapsed', async () => {
    const { container } = await showResults(profiles.selfHoster, 'en');
    const fit = container.querySelectorAll('[data-eligible="true"]');
    for (const card of fit) {
      const toggle = within(card as HTMLElement).getByRole('button', { name: /Show all/ });
      const region = document.getElementById(toggle.getAttribute('aria-controls')!)!;
      // Hidden on screen, but in the page with the class the print stylesheet opens.
      expect(region).not.toBeVisible();
      expect(region).toHaveClass('print-expand');
      expect(region.querySelectorAll('.verdict-item')).toHaveLength(18);
    }
    const unsuitable = screen.getByRole('button', { name: /Show the \d+ tools that do not fit/ });
    const list = document.getElementById(unsuitable.getAttribute('aria-controls')!)!;
    expect(list).toHaveClass('print-expand');
    expect(list).toHaveTextContent('Zoom cannot run on your own server.');
  });

  it('keeps the adjust panel, the share and memo controls off paper', async () => {
    await showResults(profiles.selfHoster, 'en');
    for (const name of ['Change your answers', 'Share these results', 'Prepare an advice memo']) {
      expect(screen.getByRole('heading', { name }).closest('.no-print')).not.toBeNull();
    }
  });

  it('prints in Dutch with a Dutch date', async () => {
    const { container } = await showResults(profiles.selfHoster, 'nl');
    const [header] = printOnly(container);
    expect(header).toHaveTextContent('Adviesmemo: een videobeltool kiezen');
    expect(header).toHaveTextContent(`Afgedrukt op ${new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date())}`);
    expect(header).toHaveTextContent('Taal: Nederlands');
  });
});
