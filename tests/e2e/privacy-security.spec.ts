import { test, expect } from './helpers/test';
import { t } from './helpers/i18n';
import { questions } from './helpers/wizard';

/** The directives of a CSP, e.g. { 'script-src': ["'self'"] }. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name!.toLowerCase(), values];
    }),
  );
}

test('the served page has a strict Content Security Policy and sends no referrer', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  // Let the browser's own HTML parser read the file as served (it decodes &#39; and the like).
  await page.goto('/robots.txt');
  const head = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return {
      csp: [...doc.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')].map((m) => m.getAttribute('content') ?? ''),
      referrer: doc.querySelector('meta[name="referrer"]')?.getAttribute('content'),
      cspFirst: doc.head.firstElementChild?.matches('meta[http-equiv="Content-Security-Policy" i]') ?? false,
      scripts: [...doc.querySelectorAll('script')].map((s) => ({ src: s.getAttribute('src'), inline: s.textContent?.trim() ?? '' })),
    };
  }, html);

  expect(head.csp, 'one CSP meta tag in index.html').toHaveLength(1);
  expect(head.cspFirst, 'the CSP comes before anything it should govern').toBe(true);
  const policy = directives(head.csp[0]!);
  expect(policy['default-src']).toEqual(["'self'"]);
  const scripts = policy['script-src'] ?? policy['default-src']!;
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  for (const [name, values] of Object.entries(policy)) {
    expect(values, name).not.toContain("'unsafe-eval'");
    expect(values, name).not.toContain('*');
    expect(values.filter((v) => /^(https?:|data:|blob:)/.test(v)), name).toEqual([]);
  }
  expect(head.referrer).toBe('no-referrer');
  // Every script is a file from the origin: nothing inline for the policy to allow.
  expect(head.scripts.length).toBeGreaterThan(0);
  for (const script of head.scripts) {
    expect(script.inline).toBe('');
    // The bundle's files, and index.html's own Reload helper for when the bundle cannot load.
    expect(script.src).toMatch(/^\/(assets\/|boot-reload\.js$)/);
  }
});

test('the policy is enforced, and the guard sees a violation', async ({ page, guard }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
  });
  // Both channels report it: the page's securitypolicyviolation event and Chromium's console.
  const seen: string[] = [];
  await expect
    .poll(() => {
      seen.push(...guard.takeCspViolations());
      return { event: seen.some((m) => m.includes('[csp-violation]')), console: seen.some((m) => !m.includes('[csp-violation]')) };
    })
    .toEqual({ event: true, console: true });
  expect(await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
});

test('the whole flow stays on the origin, sets no cookie and breaks no CSP rule', async ({ page, context, guard, baseURL }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const h1 = page.getByRole('heading', { level: 1 });
  await page.goto('/');
  await page.getByRole('link', { name: t('nl', 'start:cta'), exact: true }).click();
  for (const step of questions) {
    await expect(h1).toHaveText(t('nl', `wizard:steps.${step.id}.title`));
    if (step.id === 'security') await page.getByRole('group', { name: t('nl', 'wizard:criteria.e2e.question') }).getByRole('radio', { name: t('nl', 'results:importance.must') }).check();
    await page.getByRole('button', { name: t('nl', 'wizard:continue'), exact: true }).click();
  }
  await page.getByRole('link', { name: t('nl', 'wizard:check.results'), exact: true }).click();
  await expect(h1).toHaveText(t('nl', 'results:page.title'));
  const card = page.locator('[data-tool-id][data-eligible="true"]').first();
  await card.getByRole('button', { expanded: false, name: /^(Toon alle \d+ oordelen|Show all \d+ verdicts)$/ }).click();
  await card.getByRole('link', { name: /^(Voetnoot|Footnote)/ }).first().click();
  await page.getByRole('button', { name: t('nl', 'sharing:share.copy'), exact: true }).click();
  await expect(page.getByText(t('nl', 'sharing:share.copied'), { exact: true })).toBeVisible();

  for (const [link, title] of [
    ['nav.compare', 'compare:view.title'],
    ['nav.table', 'compare:table.title'],
    ['nav.about', 'about:title'],
  ] as const) {
    await page.getByRole('navigation').getByRole('link', { name: t('nl', link), exact: true }).click();
    await expect(h1).toHaveText(t('nl', title));
  }
  await page.getByRole('button', { name: /English/ }).click();
  await expect(h1).toHaveText(t('en', 'about:title'));
  await page.getByRole('navigation').getByRole('link', { name: t('en', 'nav.results'), exact: true }).click();
  await expect(h1).toHaveText(t('en', 'results:page.title'));
  // Let the app's idle-time preloading of the other pages run too.
  await page.waitForLoadState('networkidle');

  const origin = new URL(baseURL!).origin;
  expect(guard.requests.length).toBeGreaterThan(5);
  expect(guard.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(guard.problems()).toEqual({ offOrigin: [], csp: [], errors: [] });
});
