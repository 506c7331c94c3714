import { beforeAll, beforeEach, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { location, resetStore } from '../render';
import { useStore } from '../../src/state/store';
import { findFocusedPageHeading, loadWizardPages, renderPage } from './helpers';

beforeAll(loadWizardPages, 30_000);
beforeEach(() => resetStore());

const active = () => document.activeElement as HTMLElement;

/** Tabs forward until `target` holds focus; fails if it takes more than `limit` presses. */
async function tabTo(user: UserEvent, target: (el: HTMLElement) => boolean, limit = 30) {
  for (let i = 0; i < limit; i += 1) {
    await user.tab();
    if (target(active())) return;
  }
  throw new Error(`Tab never reached the target; focus is on ${active().outerHTML.slice(0, 120)}`);
}

/** Tabs into a radio group and moves with the arrow keys to `option`, as a keyboard user would. */
async function choose(user: UserEvent, groupName: string, option: string) {
  const group = screen.getByRole('group', { name: groupName });
  await tabTo(user, (el) => group.contains(el));
  const wanted = within(group).getByRole('radio', { name: option });
  for (let i = 0; i < 3 && active() !== wanted; i += 1) await user.keyboard('{ArrowUp}');
  expect(wanted).toHaveFocus();
  expect(wanted).toBeChecked();
}

/** Tabs to Continue and presses Enter; then waits for the next page's heading to take focus. */
async function continueTo(user: UserEvent, nextHeading: string) {
  await tabTo(user, (el) => el.matches('button[type="submit"]'));
  await user.keyboard('{Enter}');
  await findFocusedPageHeading(nextHeading);
}

it('walks all nine steps by keyboard and ends at Check your answers with the chosen answers', async () => {
  const user = userEvent.setup();
  await renderPage('/questions/sensitivity', { lang: 'en' });
  expect(screen.getByText('Question 1 of 9')).toBeInTheDocument();

  // 0. How sensitive: confidential suggests a DPA as a must, and three nice-to-haves.
  await choose(user, 'What do you usually discuss in your calls?', 'Confidential business information');
  expect(screen.getByRole('status', { name: 'This suggests' })).toHaveTextContent('Data processing agreement possible: Must have');
  await continueTo(user, 'How many people are in your largest meeting?');

  // 1. Participants: type into the field and press Enter to submit.
  await tabTo(user, (el) => el.matches('input#participants'));
  await user.keyboard('{End}{Backspace}{Backspace}1,200{Enter}');
  await findFocusedPageHeading('Do you want to run the tool on your own server?');
  expect(location()).toBe('/questions/hosting');

  // 2. Hosting.
  await choose(user, 'Do you want to run the tool on your own server?', 'We want to run it on our own server');
  await continueTo(user, 'Can the tool cost money?');

  // 3. Budget.
  await choose(user, 'Can the tool cost money?', 'Free only');
  await continueTo(user, 'What should the tool be able to do?');

  // 4. Features.
  await choose(user, 'How important are group calls?', 'Must have');
  await choose(user, 'How important is it that the tool works in the browser?', 'Nice to have');
  await continueTo(user, 'What may the tool keep and share about you?');

  // 5. Privacy.
  await choose(user, 'How important is it that the tool stores as little as possible?', 'Nice to have');
  await continueTo(user, 'What do you need in place for the GDPR?');

  // 6. GDPR: the suggested levels are already chosen, and marked as suggested.
  const sharing = screen.getByRole('group', { name: 'How important is it that your data does not go to third parties?' });
  expect(sharing).toHaveAccessibleDescription(expect.stringContaining('Suggested because your calls contain confidential business information.'));
  await choose(user, 'How important is a data processing agreement?', 'Must have');
  await choose(user, 'How important is it that your data stays in the Netherlands or the EU?', 'Nice to have');
  await continueTo(user, 'How well should your calls be protected?');

  // 7. Security: raising a suggested level is the user's choice; its mark goes.
  const e2e = screen.getByRole('group', { name: 'How important is end-to-end encryption?' });
  expect(e2e).toHaveAccessibleDescription(expect.stringContaining('Suggested because'));
  await choose(user, 'How important is end-to-end encryption?', 'Must have');
  expect(e2e).not.toHaveAccessibleDescription(expect.stringContaining('Suggested because'));
  await continueTo(user, 'Do you also want to see tools that are no longer supported?');

  // 8. Discontinued tools.
  await choose(user, 'Do you also want to see tools that are no longer supported?', 'Yes, show them');
  await continueTo(user, 'Check your answers');
  expect(location()).toBe('/check');

  expect(useStore.getState().answers).toEqual({
    participants: 1200,
    hosting: 'self',
    budget: 'free-only',
    includeDiscontinued: true,
    importance: { groupCalls: 'must', browser: 'nice', dataMinimisation: 'nice', dpa: 'must', dataInEU: 'nice', e2e: 'must', noThirdPartySharing: 'nice' },
  });
  expect(useStore.getState().sensitivity).toBe('confidential');
  expect(Object.keys(useStore.getState().suggested).sort()).toEqual(['dataInEU', 'dpa', 'noThirdPartySharing']);
  expect(screen.getByText('Confidential business information')).toBeInTheDocument();
  expect(screen.getByText('1,200 people')).toBeInTheDocument();
  expect(screen.getByText('Free only')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'See the results' })).toHaveAttribute('href', '/results');
}, 60_000); // nine pages through React.lazy, with a key press at a time
