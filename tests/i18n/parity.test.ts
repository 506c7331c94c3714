import { describe, expect, it } from 'vitest';
import { namespaces } from '../../src/i18n/namespaces';
import { allResources } from '../render';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const flat = (lang: 'nl' | 'en', ns: string) => flatten((allResources[lang]?.[ns] ?? {}) as Tree);

describe.each(namespaces)('locale namespace %s', (ns) => {
  const nl = flat('nl', ns);
  const en = flat('en', ns);

  it('exists in both languages', () => {
    expect(allResources.nl?.[ns]).toBeDefined();
    expect(allResources.en?.[ns]).toBeDefined();
  });

  it('has exactly the same keys in Dutch and English', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty texts', () => {
    const empty = [...Object.entries(nl), ...Object.entries(en)].filter(([, v]) => !v.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();
    const mismatched = Object.keys(nl).filter((k) => en[k] !== undefined && vars(nl[k]!).join() !== vars(en[k]!).join());
    expect(mismatched).toEqual([]);
  });
});

describe('the checklist\'s wording', () => {
  // Parity alone would pass with a step missing in both languages.
  it('words, as a step, every login fact it lists and every change it asks something about', async () => {
    const { accountFacts, actionUpdates } = await import('../../src/checklist');
    const steps = Object.keys(flat('en', 'checklist'));
    const facts = [...new Set(Object.values(accountFacts).flat())];
    for (const id of facts) expect(steps).toContain(`login.${id}`);
    for (const id of Object.keys(actionUpdates)) expect(steps).toContain(`updates.${id}`);
    expect(steps.filter((k) => k.startsWith('login.')).sort()).toEqual(facts.map((id) => `login.${id}`).sort());
  });
});
