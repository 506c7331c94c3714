import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import example from '../../src/catalog/examples/european-tools.en.json';
import type { OwnCatalog } from '../../src/catalog/own';
import { checkOwnCatalog } from '../../src/catalog/schema-own';
import { parseLink } from '../../src/share/link';
import { decodeOwnPart, encodeOwnPart, maxOwnPartLength } from '../../src/share/own-part';
import { initialAnswers } from '../../src/state/persisted';

/** Issue 22: a link carries an own catalog as one compressed part, and refuses what it cannot trust. */

const catalog = example as unknown as OwnCatalog;

describe('the own part of a link', () => {
  it('carries an own catalog there and back, in base64url, well within its cap', async () => {
    const part = await encodeOwnPart(catalog);
    expect(part).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(part.length).toBeLessThan(maxOwnPartLength / 4);
    expect(await decodeOwnPart(part)).toEqual(catalog);
    // As the address bar writes it and a link reads it.
    expect(parseLink(`#participants=5&own=${part}&lang=en`, initialAnswers).own).toBe(part);
  });

  it('refuses what is not base64url, not deflate or not JSON', async () => {
    expect(await decodeOwnPart('')).toBeNull();
    expect(await decodeOwnPart('abc+/=')).toBeNull();
    expect(await decodeOwnPart('AAAA')).toBeNull();
    const notJson = btoa('x').replace(/=+$/, '');
    expect(await decodeOwnPart(notJson)).toBeNull();
  });

  it('stops inflating past 512 KB, so a small part cannot unpack into a huge one', async () => {
    const bomb = await encodeOwnPart(' '.repeat(600 * 1024));
    expect(bomb.length).toBeLessThan(2000);
    expect(await decodeOwnPart(bomb)).toBeNull();
  });

  it('ends random text in null or a value, and a tampered part in a refusal or a catalog that keeps the rules', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), async (s) => {
      const value = await decodeOwnPart(s);
      if (value !== null) expect(checkOwnCatalog(value).ok).toBe(false);
    }), { numRuns: 200 });
    const part = await encodeOwnPart(catalog);
    await fc.assert(fc.asyncProperty(fc.nat(part.length - 1), fc.constantFrom(...'AZaz09-_'), async (at, c) => {
      const value = await decodeOwnPart(part.slice(0, at) + c + part.slice(at + 1));
      if (value === null) return;
      const checked = checkOwnCatalog(value);
      if (checked.ok) expect(checkOwnCatalog(structuredClone(checked.catalog)).ok).toBe(true);
      else expect(checked.problems.length).toBeGreaterThan(0);
    }), { numRuns: 150 });
  });
});
