import { describe, expect, it } from 'vitest';
import en from '../../locales/en/catalog.json';
import nl from '../../locales/nl/catalog.json';
import enTools from '../../locales/en/tools.json';
import nlTools from '../../locales/nl/tools.json';
import enResults from '../../locales/en/results.json';
import nlResults from '../../locales/nl/results.json';
import { dataSets, generalTipIds, namedCellConditions, plannedWhenKeys, reportCatalog, rowGroups, rowIds } from '../../src/catalog';
import { fullCatalog } from './full';

type Tree = { [key: string]: string | Tree };

/** Every key path of a locale tree, with its string value. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// The tools' facts and notes are their own namespace (loaded when a card opens), checked as `tools.*` here.
const locales = { nl: flatten({ ...nl, tools: nlTools } as Tree), en: flatten({ ...en, tools: enTools } as Tree) };
const langs = ['nl', 'en'] as const;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Every key the catalog's data needs, with the params its text may use. */
const needed: [string, string[]][] = [
  ...['title', 'subtitle', 'publisher', 'disclaimer', 'asOf'].map((k): [string, string[]] => [`source.${k}`, []]),
  ...reportCatalog.footnotes.map((f): [string, string[]] => [`footnotes.${f.id}`, []]),
  ...Object.keys(rowGroups).map((g): [string, string[]] => [`rowGroups.${g}`, []]),
  ...rowIds.map((r): [string, string[]] => [`rows.${r}`, []]),
  ['values.yes', []], ['values.no', []], ['values.notApplicable', []], ['values.notApplicableShort', []],
  ['values.planned', ['when']], ['values.orMore', ['count']],

  ...generalTipIds.map((id): [string, string[]] => [`generalTips.${id}`, []]),
  // The choice between the two data sets (components/data-choice.tsx).
  ...dataSets.flatMap((d): [string, string[]][] => [[`dataChoice.${d}`, d === 'current' ? ['date'] : []], [`dataChoice.${d}Hint`, d === 'current' ? ['date'] : []]]),
  ['dataChoice.legend', []], ['dataChoice.more', []], ['dataChoice.why', []],
  // The headings around the catalog's words where they are shown, and what a ranking on them is.
  ['generalTipsTitle', []], ['footnotesTitle', []], ['ranking.title', []], ['ranking.what', []], ['ranking.noAdvice', []],
  // A change's conditions in words (components/changed-cell.tsx): each named one, and the footnote
  // conditions a change may cite by number.
  ...[...namedCellConditions, 'freeLocationUncertain'].map((c): [string, string[]] => [`conditions.${c}`, []]),
  ['conditions.upToParticipants', ['count']],
  ...fullCatalog.tools.flatMap((t) => [
    ...t.facts.map((f): [string, string[]] => [`tools.${t.id}.facts.${f.id}`, Object.keys(f.params ?? {})]),
    ...t.notes.map((n): [string, string[]] => [`tools.${t.id}.notes.${n.id}`, Object.keys(n.params ?? {})]),
  ]),
];

describe('locales/*/catalog.json and tools.json', () => {
  it('nl and en have identical key sets', () => {
    expect([...locales.nl.keys()].sort()).toEqual([...locales.en.keys()].sort());
  });

  it('has exactly the keys the catalog needs, no stale ones', () => {
    expect([...locales.en.keys()].sort()).toEqual(needed.map(([key]) => key).sort());
  });

  it.each(langs.flatMap((lang) => needed.map(([key, params]) => [lang, key, params] as const)))(
    '%s has %s, not empty, using only its own params',
    (lang, key, params) => {
      const text = locales[lang].get(key);
      expect(text?.trim()).toBeTruthy();
      expect(params).toEqual(expect.arrayContaining(placeholders(text ?? '')));
    },
  );

  it.each(needed.map(([key]) => key))('%s uses the same placeholders in nl and en', (key) => {
    expect(placeholders(locales.nl.get(key) ?? '')).toEqual(placeholders(locales.en.get(key) ?? ''));
  });

  it('uses every param of a fact or note in its text', () => {
    for (const [key, params] of needed) {
      for (const lang of langs) expect(placeholders(locales[lang].get(key) ?? ''), `${lang} ${key}`).toEqual(expect.arrayContaining(params));
    }
  });

  it('addresses the reader as "je" in Dutch, never "u"', () => {
    for (const [key, text] of locales.nl) expect(text, key).not.toMatch(/\b(u|uw)\b/i);
  });
});

// The words a verdict's reason needs on the results page's first screen live with the results' own.
describe('locales/*/results.json: the catalog\'s words a reason names', () => {
  const results = { nl: flatten(nlResults as Tree), en: flatten(enResults as Tree) };
  const countries = [...new Set(reportCatalog.tools.flatMap((t) => Object.values(t.cells).map((c) => c.value)))]
    .filter((v): v is string => typeof v === 'string' && /^[A-Z]{2}$/.test(v));
  it.each(langs)('%s has every country code and every planned date of the catalog', (lang) => {
    for (const code of countries) expect(results[lang].get(`countries.${code}`)?.trim(), code).toBeTruthy();
    for (const key of Object.values(plannedWhenKeys)) expect(results[lang].get(`plannedWhen.${key}`)?.trim(), key).toBeTruthy();
  });
});
