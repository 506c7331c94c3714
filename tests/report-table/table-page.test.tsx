import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { reportCatalog, rowIds } from '../../src/catalog';
import type { Lang } from '../../src/share/languages';
import type { Answers } from '../../src/scoring';
import { useStore } from '../../src/state/store';
import { renderAt, resetStore } from '../render';

const slow = 30_000; // the whole app with a 200-cell table: role queries are slow in jsdom
const titles = { nl: 'De tabel uit het rapport', en: 'The report’s table' } as const;
const captions = {
  nl: 'Tien tools voor videobellen vergeleken op twintig punten',
  en: 'Ten video calling tools compared on twenty points',
} as const;

async function showTable(lang: Lang, answers?: Answers) {
  if (answers) useStore.setState({ answers });
  await renderAt('/table', { lang });
  await screen.findByRole('heading', { level: 1, name: titles[lang].replace('’', "'") }, { timeout: 10_000 });
  return screen.getByRole('region', { name: captions[lang] });
}

// data-tool-id / data-row-id are the page's documented test hooks: a cell has no name of its own.
const cell = (region: HTMLElement, tool: string, row: string) => {
  const el = region.querySelector<HTMLElement>(`td[data-tool-id="${tool}"][data-row-id="${row}"]`);
  if (!el) throw new Error(`no cell ${tool}/${row}`);
  return el;
};

beforeEach(resetStore);

describe.each(['nl', 'en'] as const)('the report table in %s', (lang) => {
  const words = {
    nl: { yes: 'Ja', no: 'Nee', na: 'n.v.t.', naLong: 'Niet van toepassing', planned: 'Gepland (zomer 2020)', us: 'Verenigde Staten', fn: 'Voetnoot 5', legend: 'Zo lees je de tabel', notes: 'Voetnoten uit het rapport' },
    en: { yes: 'Yes', no: 'No', na: 'n/a', naLong: 'Not applicable', planned: 'Planned (summer 2020)', us: 'United States', fn: 'Footnote 5', legend: 'How to read the table', notes: 'Footnotes from the report' },
  }[lang];

  it('has 200 cells, one per tool and row, under the tool names and row labels', async () => {
    const region = await showTable(lang);
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: captions[lang] });
    const cells = within(table).getAllByRole('cell');
    expect(cells).toHaveLength(200);
    const pairs = new Set(cells.map((c) => `${c.dataset.toolId}/${c.dataset.rowId}`));
    expect(pairs.size).toBe(200);
    for (const tool of reportCatalog.tools) for (const row of rowIds) expect(pairs.has(`${tool.id}/${row}`)).toBe(true);
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers.slice(1)).toEqual(reportCatalog.tools.map((t) => t.name));
    // 20 row labels plus the 5 group headers.
    expect(within(table).getAllByRole('rowheader')).toHaveLength(25);
  }, slow);

  it('draws each kind of mark with words for screen readers', async () => {
    const region = await showTable(lang);
    expect(cell(region, 'zoom', 'e2e')).toHaveTextContent(words.planned);
    expect(cell(region, 'gotomeeting', 'maxParticipants')).toHaveTextContent(/^250\+$/);
    expect(cell(region, 'webex', 'maxParticipants')).toHaveTextContent(lang === 'nl' ? '1.000' : '1,000');
    const jitsi = cell(region, 'jitsi', 'dpa');
    expect(within(jitsi).getByText(words.na)).toHaveAttribute('aria-hidden', 'true');
    expect(within(jitsi).getByText(words.naLong)).toHaveClass('visually-hidden');
    expect(cell(region, 'teams', 'controllerLocation')).toHaveTextContent(words.us);
    expect(cell(region, 'signal', 'dpa')).toHaveTextContent(new RegExp(`^${words.no}$`));
    const webex = cell(region, 'webex', 'e2e');
    expect(webex).toHaveTextContent(new RegExp(`^${words.yes}5$`));
    expect(within(webex).getByRole('link', { name: words.fn })).toHaveAttribute('href', '#footnote-5');
    expect(within(cell(region, 'slack', 'e2e')).queryByRole('link')).toBeNull();
  }, slow);

  it('explains the marks, lists the six footnotes and carries the disclaimer', async () => {
    await showTable(lang);
    const legend = screen.getByRole('region', { name: words.legend });
    expect(within(legend).getAllByRole('listitem')).toHaveLength(7);
    const notes = screen.getByRole('heading', { name: words.notes }).parentElement!;
    expect(within(notes).getAllByRole('listitem').map((li) => li.id)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `footnote-${n}`));
    expect(screen.getByText(lang === 'nl' ? /niet uitgebreid technisch onderzocht/ : /did no extensive technical research/)).toBeInTheDocument();
    expect(screen.getAllByText(lang === 'nl' ? /Situatie in 2020/ : /Situation as of 2020/).length).toBeGreaterThan(0);
  }, slow);
});

describe('rows that count in the answers', () => {
  const answers: Answers = {
    participants: 10,
    hosting: 'self',
    budget: 'free-preferred',
    includeDiscontinued: false,
    importance: { e2e: 'must', dataMinimisation: 'nice', groupChat: 'ignore' },
  };
  const label = (table: HTMLElement, name: RegExp) => within(table).getByRole('rowheader', { name });

  it('are marked with a word in the row header, following the answers', async () => {
    const region = await showTable('nl', answers);
    const table = within(region).getByRole('table');
    expect(label(table, /^End-to-end-versleuteling/)).toHaveTextContent(/Moet$/);
    expect(label(table, /^Zelf opzetten en beheren/)).toHaveTextContent(/Moet$/);
    expect(label(table, /^Maximaal aantal deelnemers/)).toHaveTextContent(/Moet$/);
    for (const row of [/^Bewaart locatiegegevens/, /^Bewaart metadata/, /^Gratis versie of demo/]) {
      expect(label(table, row)).toHaveTextContent(/Mooi meegenomen$/);
    }
    for (const row of [/^Chat en groepschat/, /^Open source/, /^Abonnement/]) {
      expect(label(table, row)).not.toHaveTextContent(/Moet|Mooi meegenomen/);
    }
  }, slow);

  it('change when the answers change, in English too', async () => {
    const region = await showTable('en', { ...answers, hosting: 'cloud', budget: 'paid-ok', importance: { openSource: 'nice' } });
    const table = within(region).getByRole('table');
    expect(label(table, /^Open source/)).toHaveTextContent(/Nice to have$/);
    expect(label(table, /^Maximum number of participants/)).toHaveTextContent(/Must have$/);
    expect(label(table, /^Run it yourself/)).not.toHaveTextContent(/Must have|Nice to have/);
    expect(label(table, /^End-to-end encryption/)).not.toHaveTextContent(/Must have|Nice to have/);
  }, slow);

  it('show what each row means on request', async () => {
    const user = userEvent.setup();
    const region = await showTable('nl');
    expect(region).not.toHaveTextContent(/ook de aanbieder kan niet bij de inhoud/);
    await user.click(screen.getByRole('checkbox', { name: 'Toon uitleg bij elke rij' }));
    expect(within(region).getByRole('rowheader', { name: /^End-to-end-versleuteling/ })).toHaveTextContent(/ook de aanbieder kan niet bij de inhoud/);
  }, slow);
});
