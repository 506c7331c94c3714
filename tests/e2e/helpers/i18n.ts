import { readFileSync } from 'node:fs';
import type { Lang } from '../../../src/share/languages';

/**
 * The app's own wording, read from locales/, so specs find elements by the names a user hears
 * in either language. `t('nl', 'wizard:continue')`; no namespace means `common`. Supports
 * {{var}} interpolation and i18next's `_one` / `_other` plural keys.
 */
type Tree = { [key: string]: string | Tree };
const files = new Map<string, Tree>();

function load(lang: Lang, ns: string): Tree {
  const id = `${lang}/${ns}`;
  let tree = files.get(id);
  if (!tree) {
    tree = JSON.parse(readFileSync(new URL(`../../../locales/${id}.json`, import.meta.url), 'utf8')) as Tree;
    files.set(id, tree);
  }
  return tree;
}

export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const [ns, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['common', key];
  const parts = path.split('.');
  const last = parts.pop()!;
  let node: string | Tree | undefined = load(lang, ns);
  for (const part of parts) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'object') throw new Error(`No locale key ${lang}:${key}`);
  let value = node[last];
  if (value === undefined && typeof vars.count === 'number') value = node[`${last}_${vars.count === 1 ? 'one' : 'other'}`];
  if (typeof value !== 'string') throw new Error(`No locale string ${lang}:${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}

export const langs: readonly Lang[] = ['nl', 'en'];
