import { Suspense } from 'react';
import { beforeEach, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { currentCatalog } from '../../src/catalog/changes';
import { loadUpdates } from '../../src/components/use-catalog';
import { Memo } from '../../src/memo/memo';
import { rank } from '../../src/scoring';
import { useStore } from '../../src/state/store';
import { renderAt, resetStore } from '../render';
import { e2eMust } from '../fixtures/answers';

beforeEach(resetStore);


it('prints a change of our choice once: what its checklist asks is not listed again under its changes', async () => {
  expect(rank(currentCatalog, e2eMust).find((r) => r.toolId === 'teams')?.eligible).toBe(true);
  useStore.setState({ answers: e2eMust, dataSet: 'current', choice: 'teams' });
  await loadUpdates();
  // The changes are loaded, yet the first render suspends on them once: React retries within
  // an awaited act scope only.
  await act(async () => void (await renderAt('/results', { lang: 'en', ui: <Suspense fallback={null}><Memo /></Suspense> })));
  const memo = await screen.findByRole('article', { name: 'Advice memo: choosing a video calling tool', hidden: true });
  const checklist = memo.querySelector('[data-checklist-for="teams"]')!;
  const asked = [...checklist.querySelectorAll('li[data-update-id]')].map((li) => li.getAttribute('data-update-id'));
  expect(asked).toContain('teamsE2eOneToOneCalls');

  const changes = within(memo).getByRole('heading', { level: 2, name: 'Microsoft Teams since the report', hidden: true }).closest('section')!;
  const listed = [...changes.querySelectorAll('li[data-update-id]')].map((li) => li.getAttribute('data-update-id'));
  expect(listed.length).toBeGreaterThan(0); // the changes that only inform are still there
  expect(listed.filter((id) => asked.includes(id))).toEqual([]);
  // No change is printed twice within either list.
  expect(new Set(asked).size).toBe(asked.length);
  expect(new Set(listed).size).toBe(listed.length);
  // The story that several tools share is printed once, whole.
  expect(memo.querySelectorAll('[data-shared-updates]')).toHaveLength(1);
});
