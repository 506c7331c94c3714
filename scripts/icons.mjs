#!/usr/bin/env node
/**
 * Draws the app's PNG icons (web app manifest, home screen) from the same shapes as
 * public/favicon.svg, in the system's Chromium; nothing is downloaded. Run it again after
 * changing the favicon: `node scripts/icons.mjs`.
 *
 *   icon-192.png, icon-512.png   the favicon as it is (rounded square, transparent corners)
 *   icon-maskable-512.png        full-bleed square: the platform cuts its own shape, and the
 *                                glyph already lies inside the central safe circle (radius 40 %)
 *   apple-touch-icon.png         full bleed, 180 px, for iOS home screens
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeFlags, chromePath } from './browser-config.mjs';

const favicon = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const fullBleed = favicon.replace(/ rx="[^"]*"/, '');
if (fullBleed === favicon) throw new Error('public/favicon.svg changed shape: update the full-bleed variant here');

const icons = [
  { file: 'icon-192.png', svg: favicon, size: 192 },
  { file: 'icon-512.png', svg: favicon, size: 512 },
  { file: 'icon-maskable-512.png', svg: fullBleed, size: 512 },
  { file: 'apple-touch-icon.png', svg: fullBleed, size: 180 },
];

const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
try {
  const page = await browser.newPage();
  for (const { file, svg, size } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}" style="display:block">`);
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: new URL(`../public/${file}`, import.meta.url).pathname, omitBackground: true });
    console.log(`public/${file} (${size} px)`);
  }
} finally {
  await browser.close();
}
