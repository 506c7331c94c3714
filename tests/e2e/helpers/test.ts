import { test as base, expect, type BrowserContext, type BrowserContextOptions } from '@playwright/test';

/**
 * Every spec imports `test` from here. Each test is then watched, in every browser context it
 * uses, for the app's promises: no request leaves the preview server's origin, no cookie is
 * set, no Content Security Policy violation happens, and no script error goes uncaught.
 * Any breach fails the test that caused it.
 */
export interface Problems {
  offOrigin: string[];
  csp: string[];
  errors: string[];
}

export interface Watcher {
  /** Every URL requested so far. */
  readonly requests: string[];
  readonly problems: Problems;
}

// Runs in the page before any of its scripts. Chromium also logs violations to the console;
// the event catches those it reports without a console message.
function listenForCspViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`[csp-violation] ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`);
  });
}

const cspPattern = /Content Security Policy|\[csp-violation\]/i;

/** Records requests off `origin`, CSP violations and uncaught errors in a context's pages. */
export async function watchContext(context: BrowserContext, origin: string): Promise<Watcher> {
  const watcher: Watcher = { requests: [], problems: { offOrigin: [], csp: [], errors: [] } };
  await context.addInitScript(listenForCspViolations);
  context.on('request', (request) => {
    const url = request.url();
    watcher.requests.push(url);
    // data: and blob: URLs never touch the network; everything else must stay on the origin.
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== origin) watcher.problems.offOrigin.push(url);
  });
  context.on('console', (message) => {
    if (cspPattern.test(message.text())) watcher.problems.csp.push(message.text());
  });
  context.on('weberror', (error) => watcher.problems.errors.push(String(error.error())));
  return watcher;
}

/** Fails the running test when a watcher found anything, or when a context holds a cookie. */
export async function expectNoBreaches(problems: Problems, contexts: BrowserContext[]): Promise<void> {
  const cookies = (await Promise.all(contexts.map((ctx) => ctx.cookies()))).flat();
  expect(problems.offOrigin, 'requests to another host than the preview server').toEqual([]);
  expect(cookies, 'cookies set').toEqual([]);
  expect(problems.csp, 'Content Security Policy violations').toEqual([]);
  expect(problems.errors, 'uncaught script errors').toEqual([]);
}

export interface Guard {
  /** A fresh browser context (no storage, no history), watched like the default one. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Every URL requested so far, in all watched contexts. */
  readonly requests: readonly string[];
  /** What the guard has found so far; the test fails at its end unless each list is empty. */
  problems(): Problems;
  /** Takes the CSP violations found so far, for a test that provokes one on purpose. */
  takeCspViolations(): string[];
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, browser, baseURL, viewport, locale, timezoneId }, use) => {
      const origin = new URL(baseURL!).origin;
      const watchers = [await watchContext(context, origin)];
      const extra: BrowserContext[] = [];
      const all = (pick: (w: Watcher) => string[]) => watchers.flatMap(pick);
      await use({
        get requests() {
          return all((w) => w.requests);
        },
        problems: () => ({ offOrigin: all((w) => w.problems.offOrigin), csp: all((w) => w.problems.csp), errors: all((w) => w.problems.errors) }),
        takeCspViolations: () => watchers.flatMap((w) => w.problems.csp.splice(0)),
        async newContext(options = {}) {
          const ctx = await browser.newContext({ baseURL, viewport, locale, timezoneId, serviceWorkers: 'block', ...options });
          extra.push(ctx);
          watchers.push(await watchContext(ctx, origin));
          return ctx;
        },
      });
      const problems = { offOrigin: all((w) => w.problems.offOrigin), csp: all((w) => w.problems.csp), errors: all((w) => w.problems.errors) };
      try {
        await expectNoBreaches(problems, [context, ...extra]);
      } finally {
        await Promise.all(extra.map((ctx) => ctx.close()));
      }
    },
    { auto: true },
  ],
});

export { expect };
