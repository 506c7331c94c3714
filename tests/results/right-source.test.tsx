import fc from 'fast-check';
import { Suspense } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { currentCatalog, updateById } from '../../src/catalog';
import { loadUpdates } from '../../src/components/use-catalog';
import { createI18n } from '../../src/i18n';
import { formats } from '../../src/i18n/format';
import { reasonParams } from '../../src/components/verdict-item';
import { reportFootnotes } from '../../src/components/footnote-ref';
import { Memo } from '../../src/memo/memo';
import { rank } from '../../src/scoring';
import type { Answers, Verdict } from '../../src/scoring';
import { useStore } from '../../src/state/store';
import { allResources, renderAt, resetStore } from '../render';
import { anyAnswers } from '../scoring/helpers';
import { cards, showResults } from './results-helpers';

beforeEach(resetStore);

/** End-to-end encryption a must, paying allowed: Zoom, Teams and Google Meet fit on current data by a change each. */
const e2eMust: Answers = { participants: 10, hosting: 'either', budget: 'paid-ok', includeDiscontinued: false, importance: { e2e: 'must', dpa: 'nice' } };

/**
 * Every element with `data-criterion` in `root` also says where its verdict comes from, and one
 * from a change shows the change's marker with its publisher. `compact` rows (the memo's matrix
 * cells) show only the marker; the list under the matrix names the publisher.
 */
function expectCited(root: Element, compact?: string) {
  const rows = [...root.querySelectorAll('[data-criterion]')];
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const source = row.getAttribute('data-source');
    if (source === 'update') {
      const marker = row.querySelector('[data-changed-marker]');
      expect(marker, row.textContent ?? '').not.toBeNull();
      const update = updateById(marker!.getAttribute('data-update-id')!)!;
      if (!compact || !row.matches(compact)) expect(marker).toHaveTextContent(update.source.publisher);
      expect(row).not.toHaveTextContent(/according to the report|volgens het rapport|footnote \d|voetnoot \d/i);
      expect(row.querySelector('a[href^="#footnote-"]')).toBeNull();
    }
  }
  return rows;
}

describe('a verdict from a change since the report cites the change, wherever it shows', () => {
  it('on the cards: the strongest points and every opened verdict row carry data-source and, for a change, its marker', async () => {
    useStore.setState({ dataSet: 'current' });
    const user = userEvent.setup();
    await showResults(e2eMust);
    const zoom = cards().find((c) => c.id === 'zoom')!.el;
    await waitFor(() => expect(zoom.querySelector('[data-criterion="e2e"][data-source="update"] [data-changed-marker]')).not.toBeNull());
    expect(zoom.querySelector('[data-criterion="e2e"]')).toHaveTextContent(/Zoom offers this, according to a change since the report/);
    expect(zoom.querySelector('[data-criterion="e2e"]')).toHaveTextContent(/Zoom Video Communications/);
    await user.click(within(zoom).getByRole('button', { name: /Show all \d+ verdicts/ }));
    await within(zoom).findAllByText((_, el) => el?.hasAttribute('data-mark') ?? false, {}, { timeout: 10_000 });
    const rows = expectCited(zoom);
    expect(rows.filter((r) => r.getAttribute('data-source') === 'update').map((r) => r.getAttribute('data-criterion'))).toContain('e2e');
    // The report's own verdicts say so; answers-only verdicts carry no source.
    expect(zoom.querySelector('[data-criterion="groupChat"][data-mark]')).toHaveAttribute('data-source', 'report');
    expect(zoom.querySelector('[data-criterion="hosting"][data-mark]')).not.toHaveAttribute('data-source');

    const teams = cards().find((c) => c.id === 'teams')!.el;
    await user.click(within(teams).getByRole('button', { name: /Show all \d+ verdicts/ }));
    await within(teams).findAllByText((_, el) => el?.hasAttribute('data-mark') ?? false, {}, { timeout: 10_000 });
    expectCited(teams);
    // Footnote 4 on Teams' changed cell is the change's condition: worded, never linked as the report's.
    const e2e = teams.querySelector('[data-criterion="e2e"][data-mark]')!;
    expect(e2e).toHaveTextContent(/Possible on the pricier plans only, according to a change since the report/);
    expect(e2e.querySelector('[data-changed-row]')).toHaveTextContent(/Yes \(only on the pricier plans and up to 200 participants\)/);
  }, 30_000);

  it('on compare, in both layouts', async () => {
    useStore.setState({ answers: e2eMust, dataSet: 'current' });
    const { container } = await renderAt('/compare?tools=zoom,teams,webex', { lang: 'nl' });
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    await waitFor(() => expect(container.querySelector('td[data-criterion="e2e"][data-source="update"] [data-changed-marker]')).not.toBeNull(), { timeout: 10_000 });
    expectCited(container.querySelector('.compare-table')!);
    expectCited(container.querySelector('.compare-cards')!);
    expect(container.querySelector('td[data-tool-id="webex"][data-criterion="e2e"]')).toHaveAttribute('data-source', 'report');
  }, 30_000);

  it('in the memo: the strongest points, the matrix and its list of changes', async () => {
    useStore.setState({ answers: e2eMust, dataSet: 'current', choice: 'zoom' });
    await loadUpdates();
    await act(async () => void (await renderAt('/results', { lang: 'en', ui: <Suspense fallback={null}><Memo /></Suspense> })));
    const memo = await screen.findByRole('article', { name: 'Advice memo: choosing a video calling tool', hidden: true });
    const rows = expectCited(memo, '.memo-matrix__mark');
    expect(rows.some((r) => r.getAttribute('data-source') === 'update')).toBe(true);
    const matrix = memo.querySelector('.memo-matrix')!;
    for (const cell of matrix.querySelectorAll('td[data-source="update"]')) expect(cell.querySelector('[data-changed-marker]')).not.toBeNull();
    expect(memo.querySelector('.memo-matrix__changes')).toHaveTextContent(/changed since the report: .*Zoom \(End-to-end encryption\): 26 October 2020, Zoom Video Communications/);
    // The report's footnotes it lists are those its report verdicts cite (Webex's ✔⁴), not a change's.
    const listed = [...memo.querySelectorAll('.footnote-list li')].map((li) => Number(li.getAttribute('value')));
    const shown = rank(currentCatalog, e2eMust).flatMap((r) => (r.eligible ? r.verdicts : r.blockers.slice(0, 1)));
    expect(listed).toEqual(reportFootnotes(shown).sort());
  }, 30_000);

  it('lists a change\'s footnote number nowhere among the report\'s footnotes', () => {
    const teams = rank(currentCatalog, e2eMust).find((r) => r.toolId === 'teams')!;
    const e2e = teams.verdicts.find((v) => v.criterion === 'e2e')!;
    expect(e2e).toMatchObject({ footnotes: [4], source: { kind: 'update' } });
    expect(reportFootnotes([e2e])).toEqual([]);
    expect(reportFootnotes(rank(currentCatalog, e2eMust).find((r) => r.toolId === 'webex')!.verdicts)).toContain(4);
  });

  it('in the checklist: a condition that came with a change cites the change, not footnote 4', async () => {
    useStore.setState({ dataSet: 'current' });
    const user = userEvent.setup();
    await showResults(e2eMust);
    const teams = cards().find((c) => c.id === 'teams')!.el;
    await user.click(within(teams).getByRole('button', { name: 'Before you start' }));
    const list = await waitFor(() => {
      const el = teams.querySelector('[data-checklist-for="teams"]');
      if (!el) throw new Error('not yet');
      return el;
    }, { timeout: 10_000 });
    const paid = list.querySelector('[data-checklist-item="paidPlan"]')!;
    expect(paid).toHaveTextContent(/according to a change since the report, Microsoft Teams offers this only on its more expensive plans/);
    expect(paid).not.toHaveTextContent(/the report's table/);
    expect(paid.querySelector('[data-changed-marker]')).toHaveTextContent(/Microsoft Learn/);
    expect(paid.querySelector('a[href="#footnote-4"]')).toBeNull();
  }, 30_000);
});

describe('the words of a verdict from a change', () => {
  it.each(['nl', 'en'] as const)('never say "according to the report" nor name a report footnote (%s)', async (lang) => {
    const i18n = await createI18n(lang, allResources);
    const t = i18n.getFixedT(lang) as unknown as (key: string, options?: Record<string, unknown>) => string;
    const tKeys = t as unknown as (keys: string[], options?: Record<string, unknown>) => string;
    // As useReasonText words them: `cited` where the report's words would name the report.
    const wordsOf = (v: Verdict) => tKeys([`results:cited.reasons.${v.reason}`, `results:reasons.${v.reason}`], {
      ...reasonParams(v.params, t, lang), tool: 'X', source: t('results:cited.source.cited'),
    });
    fc.assert(fc.property(anyAnswers(600), (a) => {
      for (const r of rank(currentCatalog, a)) {
        for (const v of r.verdicts) {
          if (v.source?.kind !== 'update') continue;
          const words = wordsOf(v);
          expect(words, `${r.toolId} ${v.criterion} ${v.reason}`).not.toMatch(/according to the report|volgens het rapport|footnote|voetnoot|report's table|tabel van het rapport/i);
          expect(words).not.toContain('{{');
        }
      }
    }), { numRuns: 200 });
    expect(formats(lang, t).number(1000)).toBeTruthy();
  });
});

describe('e. n.v.t. on a must-have', () => {
  it('never says plainly "all must-haves met", and names what is not applicable', async () => {
    const a: Answers = { participants: 10, hosting: 'self', budget: 'paid-ok', includeDiscontinued: false, importance: { dpa: 'must', groupCalls: 'must' } };
    await showResults(a);
    const jitsi = cards().find((c) => c.id === 'jitsi')!.el;
    const header = jitsi.querySelector('header')!;
    expect(header).toHaveTextContent('Must-haves met or not applicable');
    expect(header).not.toHaveTextContent('All must-haves met');
    expect(jitsi.querySelector('[data-not-applicable]')).toHaveTextContent('Not applicable to Jitsi Meet: Data processing agreement possible.');
    // A tool that meets them all plainly keeps the plain badge.
    expect(cards().find((c) => c.id === 'teams')!.el.querySelector('header')).toHaveTextContent('All must-haves met');
  });
});

describe('on current data, a 2020 fact a change contradicts reads as 2020 and points to the change', () => {
  it.each([
    ['teams', 'noE2e', ['teamsE2eMeetings', 'teamsE2eOneToOneCalls']],
    ['jitsi', 'noAccounts', ['jitsiMeetLoginRequired']],
  ])('%s %s', async (tool, fact, updates) => {
    useStore.setState({ dataSet: 'current' });
    const user = userEvent.setup();
    await showResults({ participants: 10, hosting: 'either', budget: 'paid-ok', includeDiscontinued: false, importance: {} });
    const card = cards().find((c) => c.id === tool)!.el;
    await user.click(within(card).getByRole('button', { name: /Show all \d+ verdicts/ }));
    const text = allResources.en!.tools as Record<string, { facts: Record<string, string> }>;
    const fact2020 = await within(card).findByText(text[tool]!.facts[fact]!.slice(0, 40), { exact: false }, { timeout: 10_000 });
    const block = fact2020.closest('[data-superseded-by]')!;
    expect(block.getAttribute('data-superseded-by')!.split(' ').sort()).toEqual(updates);
    expect(block).toHaveTextContent(/In 2020, according to the report:/);
    expect(block.querySelectorAll('[data-changed-marker]')).toHaveLength(updates.length);
  }, 30_000);

  it('and on the report\'s data, reads as the report says it', async () => {
    const user = userEvent.setup();
    await showResults({ participants: 10, hosting: 'either', budget: 'paid-ok', includeDiscontinued: false, importance: {} });
    const card = cards().find((c) => c.id === 'teams')!.el;
    await user.click(within(card).getByRole('button', { name: /Show all \d+ verdicts/ }));
    await within(card).findByText(/Teams only uses encryption in transit/, {}, { timeout: 10_000 });
    expect(card.querySelector('[data-superseded-by]')).toBeNull();
  }, 30_000);
});
