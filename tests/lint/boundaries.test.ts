// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Plants an import in a file of each layer and asks the project's ESLint config about it:
 * every upward or sideways import must fail the lint, every allowed one must pass.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const forbidden: [string, string][] = [
  ['src/catalog/x.ts', "import { rank } from '../scoring';"],
  ['src/catalog/x.ts', "import React from 'react';"],
  ['src/scoring/x.ts', "import { paths } from '../share/routes';"],
  ['src/scoring/x.ts', "import { useStore } from '../state/store';"],
  ['src/scoring/x.ts', "import { create } from 'zustand';"],
  ['src/scoring/x.ts', "import i18next from 'i18next';"],
  // The checklist is pure, and only components, features and the app use it.
  ['src/checklist/x.ts', "import { useStore } from '../state/store';"],
  ['src/checklist/x.ts', "import { paths } from '../share/routes';"],
  ['src/checklist/x.ts', "import { Callout } from '../components/callout';"],
  ['src/checklist/x.ts', "import React from 'react';"],
  ['src/checklist/x.ts', "import i18next from 'i18next';"],
  ['src/checklist/x.ts', "import { create } from 'zustand';"],
  ['src/checklist/x.ts', "import * as v from 'valibot';"],
  ['src/checklist/x.ts', "import { reportCatalog } from '../catalog';"],
  ['src/checklist/x.ts', "export const load = () => import('../state/store');"],
  ['src/scoring/x.ts', "import { checklist } from '../checklist';"],
  ['src/catalog/x.ts', "import { checklist } from '../checklist/checklist';"],
  ['src/share/x.ts', "import { checklist } from '../checklist';"],
  ['src/state/x.ts', "import { checklist } from '../checklist';"],
  ['src/i18n/x.ts', "import { checklist } from '../checklist';"],
  ['src/share/x.ts', "import { useStore } from '../state/store';"],
  ['src/share/x.ts', "import { createI18n } from '../i18n';"],
  ['src/share/x.ts', "import { create } from 'zustand';"],
  ['src/state/x.ts', "import { Callout } from '../components/callout';"],
  ['src/state/x.ts', "import { createI18n } from '../i18n';"],
  ['src/state/x.ts', "import { useTranslation } from 'react-i18next';"],
  ['src/i18n/x.ts', "import { useStore } from '../state/store';"],
  ['src/components/x.tsx', "import { ToolCard } from '../results/tool-card';"],
  ['src/components/x.tsx', "import { App } from '../app/app';"],
  ['src/results/x.tsx', "import { Memo } from '../memo/memo';"],
  ['src/results/x.tsx', "import { ComparePage } from '../compare/compare-page';"],
  ['src/compare/x.tsx', "import { ToolCard } from '../results/tool-card';"],
  ['src/wizard/x.tsx', "import { pages } from '../app/pages';"],
  ['src/memo/x.tsx', "import { AdjustPanel } from '../results/adjust-panel';"],
  ['src/report-table/x.tsx', "import { questions } from '../wizard/questions';"],
  ['src/components/x.tsx', "import * as v from 'valibot';"],
  // The catalog's index re-exports the updates, which the app loads on demand only.
  ['src/results/x.tsx', "import { reportCatalog } from '../catalog';"],
  ['src/scoring/x.ts', "import { reportCatalog } from '../catalog/index';"],
  ['src/updates/x.tsx', "import { ToolCard } from '../results/tool-card';"],
  ['src/results/x.tsx', "import { UpdatesPage } from '../updates/updates-page';"],
  // Parts loaded on demand obey the same boundaries.
  ['src/results/x.tsx', "export const load = () => import('../memo/memo');"],
  ['src/components/x.tsx', "export const load = () => import('../report-table/table-page');"],
  ['src/scoring/x.ts', "export const load = () => import('../state/store');"],
  ['src/results/x.tsx', "export const load = () => import('../catalog');"],
  // Focused or skipped tests, in every form.
  ['tests/x.test.ts', `it.${'only'}('x', () => {});`], // spelled apart, so no search for focused tests finds this line
  ['tests/x.test.ts', "it.only.each([1])('x', () => {});"],
  ['tests/x.test.ts', "describe.skip.each([1])('x', () => {});"],
  ['src/results/x.test.ts', `test.${'skip'}('x', () => {});`],
];

const allowed: [string, string][] = [
  ['src/scoring/x.ts', "import { reportCatalog } from '../catalog/report';"],
  ['src/components/x.tsx', "import { currentCatalog } from '../catalog/current';"],
  ['src/share/x.ts', "import { criterionIds } from '../scoring/types';"],
  ['src/state/x.ts', "import { parseLink } from '../share/link';"],
  ['src/state/x.ts', "import { create } from 'zustand';"],
  ['src/i18n/x.ts', "import { languages } from '../share/languages';"],
  ['src/components/x.tsx', "import { useStore } from '../state/store';"],
  ['src/results/x.tsx', "import { Callout } from '../components/callout';"],
  ['src/app/x.tsx', "import { ResultsPage } from '../results/results-page';"],
  ['src/catalog/schema.ts', "import * as v from 'valibot';"],
  ['src/results/x.tsx', "export const load = () => import('../components/since-report');"],
  ['src/components/x.tsx', "export const load = () => import('../catalog/current');"],
  ['src/app/x.tsx', "export const load = () => import('../memo/memo');"],
  ['src/results/x.tsx', "export const load = () => import('./card-details');"],
  ['src/checklist/x.ts', "import type { Tool } from '../catalog/types';"],
  ['src/checklist/x.ts', "import { rank } from '../scoring/rank';"],
  ['src/components/x.tsx', "import { checklist } from '../checklist';"],
  ['src/memo/x.tsx', "import { checklist } from '../checklist/checklist';"],
  ['src/compare/x.tsx', "export const load = () => import('../checklist');"],
  ['src/app/x.tsx', "import { checklist } from '../checklist';"],
];

describe('layer boundaries (eslint)', () => {
  it.each(forbidden)('%s may not: %s', async (file, code) => {
    expect(await problems(file, code)).not.toEqual([]);
  });
  it.each(allowed)('%s may: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
  it.each(['src/catalog/x.ts', 'src/scoring/x.ts', 'src/checklist/x.ts'])('%s reads no clock and no randomness', async (file) => {
    const [result] = await eslint.lintText('export const a = Date.now() + Math.random();', { filePath: file });
    const rules = (result?.messages ?? []).map((m) => m.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['no-restricted-globals', 'no-restricted-properties']));
  });
});
