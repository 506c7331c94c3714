import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { reportCatalog } from '../../src/catalog';
import { rank, type Answers } from '../../src/scoring';
import { createI18n } from '../../src/i18n';
import { NoToolFits } from '../../src/results/relaxation-hints';
import { useStore } from '../../src/state/store';
import { allResources, resetStore } from '../render';
import { profiles } from '../fixtures/answers';
import { adjustPanel, rankedOnText, showResults, shownEligible, statusTexts } from './results-helpers';

beforeEach(resetStore);

const eligibleIds = (a: Answers) => rank(reportCatalog, a).filter((r) => r.eligible).map((r) => r.toolId);

/** 300 people; end-to-end encryption, data in the EU and open source all musts: nothing fits. */
const nothingFits: Answers = {
  participants: 300,
  hosting: 'either',
  budget: 'paid-ok',
  includeDiscontinued: false,
  importance: { e2e: 'must', dataInEU: 'must', openSource: 'must' },
};

describe('when no tool fits', () => {
  it('says so and offers the smallest change, which makes a tool fit when applied', async () => {
    const user = userEvent.setup();
    await showResults(nothingFits, 'en');
    expect(shownEligible()).toEqual([]);
    // Nothing ranked: no "Ranked on …".
    expect(statusTexts()).toContain('No tool fits all your must-haves.');
    expect(rankedOnText()).toBe('');
    // The loosenings load once the ranking shows.
    const callout = (await screen.findByRole('heading', { level: 2, name: 'No tool fits all your answers' })).closest('section')!;
    expect(callout).toHaveTextContent('Make ‘Open source’ nice to have instead of must have');
    expect(callout).toHaveTextContent('Then Cisco Webex fits.');

    await user.click(within(callout).getByRole('button', { name: 'Make this change' }));
    expect(useStore.getState().answers.importance.openSource).toBe('nice');
    expect(shownEligible()).toEqual(['webex']);
    expect(statusTexts()).toContain('1 tool fits: Cisco Webex (40).');
    expect(rankedOnText()).toMatch(/^On the report as published \(2020\)\./);
  });

  it('says when no change helps (worded in Dutch too)', async () => {
    const i18n = await createI18n('nl', allResources);
    render(
      <I18nextProvider i18n={i18n}>
        <NoToolFits relax={{ single: [], smallest: null }} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Geen enkele tool past bij al je antwoorden' })).toBeInTheDocument();
    expect(screen.getByText(/Ook als je minder op moet zet, past er geen tool/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('relaxation hints', () => {
  // Only Jitsi fits (25 people, free, end-to-end encryption on your own server).
  const freeE2e: Answers = { participants: 20, hosting: 'either', budget: 'free-only', includeDiscontinued: false, importance: { e2e: 'must' } };

  it('offers each single change as a sentence with a button that applies it', async () => {
    const user = userEvent.setup();
    await showResults(freeE2e, 'en');
    expect(shownEligible()).toEqual(['jitsi']);
    const hints = (await screen.findByRole('heading', { name: 'More tools with one change' })).parentElement!;
    expect(hints).toHaveTextContent('Accept a paid plan → Cisco Webex and GoToMeeting fit too');
    expect(hints).toHaveTextContent('Make ‘End-to-end encryption’ nice to have instead of must have → Google Meet, Lifesize, Microsoft Teams, Cisco Webex and Zoom fit too');

    await user.click(within(hints).getByRole('button', { name: 'Apply: Accept a paid plan' }));
    expect(useStore.getState().answers.budget).toBe('free-preferred');
    expect(shownEligible()).toEqual(eligibleIds({ ...freeE2e, budget: 'free-preferred' }));
    expect(shownEligible()).toContain('webex');
  });

  it.each([
    ['nl', 'Accepteer een betaald abonnement → dan passen Cisco Webex en GoToMeeting ook'],
    ['en', 'Accept a paid plan → Cisco Webex and GoToMeeting fit too'],
  ] as const)('words the hint in %s', async (lang, text) => {
    await showResults(freeE2e, lang);
    expect(await screen.findByText(text)).toBeInTheDocument();
  });

  it('words hosting and discontinued changes', async () => {
    await showResults(profiles.selfHoster, 'en');
    expect(await screen.findByText(/^Accept a hosted service, not only your own server → /)).toBeInTheDocument();
    expect(screen.getByText('Also show tools whose support has ended → Skype for Business fits too')).toBeInTheDocument();
  });
});

describe('the adjust panel', () => {
  it('re-ranks at once and announces the new outcome', async () => {
    const user = userEvent.setup();
    await showResults(profiles.selfHoster, 'en');
    expect(shownEligible()).toEqual(['jitsi', 'teams']);
    expect(statusTexts()).toContain('2 tools fit; Jitsi Meet fits best (88).');

    const panel = await adjustPanel('en');
    await user.click(within(panel).getByRole('radio', { name: 'Own server or hosted service, either is fine' }));
    const after = eligibleIds({ ...profiles.selfHoster, hosting: 'either' });
    // The ranking redraws in a transition, after the control has painted: on a busy machine a
    // moment after the event.
    await vi.waitFor(() => expect(shownEligible()).toEqual(after));
    expect(after.length).toBeGreaterThan(2);
    expect(statusTexts()).toContain(`${after.length} tools fit; Jitsi Meet fits best (75).`);

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Open source' }), 'must');
    await vi.waitFor(() => expect(shownEligible()).toEqual(['jitsi']));
    expect(statusTexts()).toContain('1 tool fits: Jitsi Meet (83).');
  });

  it('changes the number of participants, and keeps an invalid number out of the ranking', async () => {
    const user = userEvent.setup();
    await showResults(profiles.freeSmallOffice, 'en');
    const field = within(await adjustPanel('en')).getByRole('textbox', { name: 'Size of your largest meeting' });
    await user.clear(field);
    await user.type(field, '200');
    expect(useStore.getState().answers.participants).toBe(200);
    expect(shownEligible()).toEqual(eligibleIds({ ...profiles.freeSmallOffice, participants: 200 }));

    await user.clear(field);
    await user.type(field, '1,5');
    await user.tab();
    expect(field).toHaveAccessibleDescription(/Type the number without commas or full stops/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(useStore.getState().answers.participants).toBe(200);
  });

  it('shows discontinued tools when asked', async () => {
    const user = userEvent.setup();
    await showResults(profiles.selfHoster, 'en');
    await user.click(within(await adjustPanel('en')).getByRole('checkbox', { name: 'Also show tools whose support has ended' }));
    // The ranking follows the answers a moment after the control (a deferred value).
    await waitFor(() => expect(shownEligible()).toContain('skype-for-business'));
  });

  it('labels every criterion and links back to the answers', async () => {
    await showResults(profiles.selfHoster, 'nl');
    const panel = await adjustPanel('nl');
    expect(within(panel).getAllByRole('combobox')).toHaveLength(14);
    expect(within(panel).getByRole('group', { name: 'Eigen server' })).toBeInTheDocument();
    expect(within(panel).getByRole('radio', { name: 'Alleen gratis' })).not.toBeChecked();
    expect(within(panel).getByRole('radio', { name: 'Een betaald abonnement is prima' })).toBeChecked();
    expect(within(panel).getByRole('combobox', { name: 'End-to-end-versleuteling' })).toHaveValue('nice');
    expect(within(panel).getByRole('link', { name: 'Terug naar de vragen' })).toHaveAttribute('href', '/check');
  });
});
