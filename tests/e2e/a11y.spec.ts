import { test as base, expect, type Page } from '@playwright/test';
import { expectedRanking, printMemo, seedEntries, storedEntry } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { langs, t } from './helpers/i18n';
import { expectNoBreaches, watchContext, type Watcher } from './helpers/test';
import { questions } from './helpers/wizard';
import { secureLargeCompany } from '../fixtures/answers';
import { origin } from '../../scripts/browser-config.mjs';
import type { DataSet } from '../../src/catalog/types';
import type { Answers } from '../../src/scoring';
import type { Lang } from '../../src/share/languages';

// axe-core finds no WCAG 2.0/2.1 A or AA violation on any page, in both languages, on a phone
// and on a desktop. Pages are reached by URL, with answers prepared in storage.
//
// Each worker keeps one watched page for all of these tests: a fresh context per test costs
// five times the time of the check itself on two cores. Every test still starts from a full
// page load with its own stored answers, and fails on its own breaches (see helpers/test.ts).
const test = base.extend<{ page: Page }, { shared: { page: Page; watcher: Watcher } }>({
  shared: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: origin, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', serviceWorkers: 'block', reducedMotion: 'reduce' });
      const watcher = await watchContext(context, origin);
      await use({ page: await context.newPage(), watcher });
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ shared }, run) => {
    const { problems } = shared.watcher;
    for (const list of Object.values(problems)) list.splice(0);
    await run(shared.page);
    await expectNoBreaches(problems, [shared.page.context()]);
  },
});

/** No tool can host 500 people for free from the cloud with end-to-end encryption. */
const noToolFits: Answers = { participants: 500, hosting: 'cloud', budget: 'free-only', includeDiscontinued: false, importance: { e2e: 'must' } };

/** Four tools tie on the report: group calls, guests without an account, a processing agreement and the browser as musts. */
const fourTie: Answers = {
  participants: 10, hosting: 'cloud', budget: 'paid-ok', includeDiscontinued: false,
  importance: { groupCalls: 'must', joinWithoutAccount: 'must', dpa: 'must', browser: 'must' },
};

const nothingWeighed: Answers = { participants: 10, hosting: 'either', budget: 'paid-ok', includeDiscontinued: false, importance: {} };

interface Route {
  name: string;
  path: string;
  answers?: Answers;
  dataSet?: DataSet;
  /** Nothing answered yet: only the language is saved. */
  fresh?: boolean;
  /** What must be on screen before axe looks (beyond the h1). */
  ready?: (page: Page, lang: Lang) => Promise<void>;
}

const routes: Route[] = [
  { name: 'start', path: '/' },
  ...questions.map((q): Route => ({ name: `question ${q.id}`, path: `/questions/${q.id}` })),
  {
    name: 'question sensitivity, answered, with what it suggests',
    path: '/questions/sensitivity',
    ready: async (page, lang) => {
      await page.getByRole('radio', { name: t(lang, 'wizard:steps.sensitivity.options.confidential.label') }).check();
      await expect(page.getByRole('heading', { name: t(lang, 'wizard:steps.sensitivity.suggestsTitle') })).toBeVisible();
    },
  },
  {
    name: 'an importance page with suggested marks',
    path: '/questions/sensitivity',
    answers: nothingWeighed, // so the suggestion raises, and marks, each of its four points
    ready: async (page, lang) => {
      await page.getByRole('radio', { name: t(lang, 'wizard:steps.sensitivity.options.special.label') }).check();
      await expect(page.getByRole('heading', { name: t(lang, 'wizard:steps.sensitivity.suggestsTitle') })).toBeVisible();
      await page.goto('/questions/security');
      await expect(page.getByText(t(lang, 'wizard:suggested.special')).first()).toBeVisible();
    },
  },
  { name: 'check answers', path: '/check' },
  {
    name: 'results with a tool opened',
    path: '/results',
    ready: async (page) => {
      const card = page.locator('[data-tool-id][data-eligible="true"]').first();
      await card.getByRole('button', { expanded: false, name: /^(Toon alle \d+ oordelen|Show all \d+ verdicts)$/ }).click();
      await expect(card.getByRole('button', { expanded: true })).toBeVisible();
    },
  },
  {
    // Current data, so the checklist has its changes since the report too.
    name: 'results with "before you start" opened',
    path: '/results',
    dataSet: 'current',
    ready: async (page, lang) => {
      const card = page.locator('[data-tool-id][data-eligible="true"]').first();
      await card.getByRole('button', { name: t(lang, 'results:card.checklist'), exact: true }).click();
      await expect(card.locator('[data-checklist-for] li').first()).toBeVisible();
    },
  },
  {
    name: 'results with a tie and what sets the tools apart, opened',
    path: '/results',
    answers: fourTie,
    ready: async (page, lang) => {
      const block = page.locator('[data-tiebreak]');
      await expect(block).toBeVisible();
      // A phone shows it as one line that opens in place.
      const toggle = block.getByRole('button', { expanded: false, name: t(lang, 'settle:title', { count: 4 }) });
      if (await toggle.isVisible()) await toggle.click();
      await block.getByRole('button', { name: t(lang, 'settle:more', { count: 2 }) }).click();
      await expect(block.locator('[data-criterion]').last()).toBeVisible();
    },
  },
  {
    name: 'results with a lone leader and how firm it is',
    path: '/results',
    answers: { ...fourTie, importance: { ...fourTie.importance, noThirdPartySharing: 'nice' } },
    ready: async (page) => void (await expect(page.locator('[data-firmness]')).toBeVisible()),
  },
  {
    name: 'results with no answers yet',
    path: '/results',
    fresh: true,
    ready: async (page, lang) => void (await expect(page.getByRole('heading', { name: t(lang, 'wizard:noAnswers.title') })).toBeVisible()),
  },
  {
    name: 'results with no tool fitting',
    path: '/results',
    answers: noToolFits,
    ready: async (page, lang) => {
      await expect(page.getByRole('heading', { name: t(lang, 'relax:noneTitle') })).toBeVisible();
    },
  },
  {
    name: 'compare',
    path: '/compare?tools=jitsi,webex,zoom',
    ready: async (page) => {
      await expect(page.locator('[data-tool-id]:visible').first()).toBeVisible();
      await expect(page.locator('[data-checklist-for] li').first()).toBeVisible();
    },
  },
  {
    // The memo as it prints: axe reads the print styles' colours and what is hidden on paper.
    name: 'the memo in print',
    path: '/results',
    ready: async (page, lang) => {
      await printMemo(page, lang);
      await expect(page.locator('[data-memo]')).toBeVisible();
    },
  },
  { name: 'table', path: '/table', ready: async (page) => void (await expect(page.locator('td[data-tool-id][data-row-id]')).toHaveCount(200)) },
  {
    name: 'own tools, none yet',
    path: '/own-tools',
    ready: async (page) => void (await expect(page.locator('[data-own-empty]')).toBeVisible()),
  },
  {
    name: 'own tools with the example set, and a file refused',
    path: '/own-tools',
    ready: async (page) => {
      await page.locator('[data-own-example]').click();
      await expect(page.locator('[data-own-tool-id]')).toHaveCount(5);
      await page.locator('input[type=file][data-catalog-import]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"videobelwijzer-tools","version":1}') });
      await expect(page.getByRole('alert')).toBeVisible();
    },
  },
  {
    name: 'own tools, the form for a new tool with its problems',
    path: '/own-tools',
    ready: async (page) => {
      await page.locator('[data-own-add]').click();
      await page.locator('[data-own-editor] [data-row-id="e2e"] select').first().selectOption('yes');
      await page.locator('[data-own-editor-save]').click();
      await expect(page.locator('.error-summary')).toBeFocused();
    },
  },
  {
    name: 'results with own tools',
    path: '/results',
    dataSet: 'current',
    ready: async (page) => {
      await page.goto('/own-tools');
      await page.locator('[data-own-example]').click();
      await expect(page.locator('[data-own-tool-id]')).toHaveCount(5);
      await page.goto('/results');
      await expect(page.locator('[data-own-included]')).toBeVisible();
    },
  },
  {
    name: 'clients, two of them, with the header\'s menu open',
    path: '/clients',
    ready: async (page) => {
      await page.evaluate((entry) => localStorage.setItem('videobelwijzer-client-other', entry), storedEntry(fourTie, 'report', true, { name: 'Bakkerij Bakker', notes: 'n' }));
      await page.reload();
      await expect(page.locator('[data-client-id]')).toHaveCount(2);
      await page.locator('[data-client-bar] summary').click();
      await expect(page.locator('[data-client-bar] li')).toHaveCount(1);
    },
  },
  {
    name: 'clients while presenting',
    path: '/clients',
    ready: async (page) => {
      await page.locator('[data-present-switch]').click();
      await expect(page.locator('[data-present-badge]')).toBeVisible();
    },
  },
  {
    name: 'results while presenting',
    path: '/results',
    ready: async (page) => {
      await page.evaluate(() => sessionStorage.setItem('videobelwijzer-present', '1'));
      await page.reload();
      await expect(page.locator('[data-present-badge]')).toBeVisible();
      await expect(page.locator('[data-notes-hidden]')).toBeVisible();
    },
  },
  { name: 'about', path: '/about' },
  { name: 'changes since the report', path: '/updates', ready: async (page) => void (await expect(page.locator('[data-update-id]').first()).toBeVisible()) },
  { name: 'changes for one tool', path: '/updates?tool=teams', ready: async (page) => void (await expect(page.locator('[data-update-id]').first()).toBeVisible()) },
  {
    name: 'table with current data',
    path: '/table',
    dataSet: 'current',
    // Four cells changed since the report, and four of Jitsi's gained a condition with a change.
    ready: async (page) => void (await expect(page.locator('td[data-changed]')).toHaveCount(8)),
  },
];

const viewports = [
  { name: 'phone', size: { width: 360, height: 740 } },
  { name: 'desktop', size: { width: 1280, height: 800 } },
];

test('the no-fit profile really leaves no tool', () => {
  expect(expectedRanking(noToolFits).eligible).toEqual([]);
});

for (const lang of langs) {
  for (const viewport of viewports) {
    test.describe(`${lang}, ${viewport.name}`, () => {
      for (const route of routes) {
        test(`${route.name} has no axe violations`, async ({ page }) => {
          await page.setViewportSize(viewport.size);
          // A plain file on the origin, to write storage before the app's first script runs.
          await page.goto('/robots.txt');
          // The tests of a worker share a page: what an earlier route saved (own tools, clients,
          // present mode) goes first.
          await page.evaluate((entries) => {
            for (const key of Object.keys(localStorage)) if (key.startsWith('videobelwijzer')) localStorage.removeItem(key);
            sessionStorage.clear();
            for (const [key, value] of entries) localStorage.setItem(key, value);
          }, seedEntries(route.answers ?? secureLargeCompany, lang, route.dataSet, !route.fresh));
          await page.goto(route.path);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await route.ready?.(page, lang);
          try {
            expect(await axeViolations(page)).toEqual([]);
          } finally {
            await page.emulateMedia({ media: null }); // the next test shares this page
          }
        });
      }
    });
  }
}
