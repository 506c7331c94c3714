import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetStore } from '../render';
import { answers } from '../scoring/helpers';
import { cards, showResults } from './results-helpers';
// Loaded up front, as the other parts a card opens (see results-helpers).
import '../../src/components/tool-checklist';


beforeEach(resetStore);

/** Webex holds data in the EU on its pricier plans only (✔ with footnote 4). */
const euData = answers({ participants: 10, budget: 'paid-ok', importance: { dataInEU: 'must' } });
const card = (id: string) => cards().find((c) => c.id === id)!.el;
const checklistOf = (id: string) => document.querySelector(`[data-checklist-for="${id}"]`);

describe('"Before you start" on a card', () => {
  it('is on every card that fits, collapsed, and on none that does not', async () => {
    await showResults(euData);
    for (const c of cards()) {
      const button = within(c.el).queryByRole('button', { name: 'Before you start', hidden: true });
      if (c.eligible === 'true') expect(button).toHaveAttribute('aria-expanded', 'false');
      else expect(button).toBeNull();
    }
    expect(document.querySelector('[data-checklist-for]')).toBeNull();
  });

  it('opens the list, each point with its source: Webex\'s paid plan cites footnote 4', async () => {
    const user = userEvent.setup();
    await showResults(euData);
    const button = within(card('webex')).getByRole('button', { name: 'Before you start' });
    // The verdicts' disclosure stays the card's first button.
    expect(within(card('webex')).getAllByRole('button', { expanded: false })[0]).toHaveTextContent(/Show all \d+ verdicts/);
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = await within(card('webex')).findByText((_, el) => el?.getAttribute('data-checklist-for') === 'webex');
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveAttribute('data-checklist-item', 'paidPlan');
    expect(items[0]).toHaveTextContent("Take a paid plan: the report's table gives Cisco Webex this only on its more expensive plans: Data stays in the Netherlands/EU.");
    expect(within(items[0]!).getByRole('link', { name: 'Footnote 4' })).toHaveAttribute('href', '#footnote-4');
    expect(within(list).getByText((_, el) => el?.getAttribute('data-checklist-item') === 'signDpa')).toHaveTextContent(
      "Source: the report's table, row ‘Data processing agreement possible’",
    );
    // The login fact as the step it asks for, citing the chapter it comes from.
    const login = within(list).getByText((_, el) => el?.getAttribute('data-checklist-item') === 'loginFact');
    expect(login).toHaveTextContent('Link Cisco Webex to an identity provider of your own for single sign-on (SSO) and MFA: Cisco Webex has neither itself.');
    expect(login).toHaveTextContent('Source: the report, chapter Hoe veilig is Cisco WebEx? › Manier van inloggen?');
    expect(list).toHaveTextContent('Use multi-factor authentication (MFA): you log in with your password plus a second step');
    // Closing takes it out of the page again; the button keeps its name.
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(checklistOf('webex')).toBeNull();
  });

  it('opens and closes by keyboard, in Dutch', async () => {
    const user = userEvent.setup();
    await showResults(euData, 'nl');
    const button = within(card('webex')).getByRole('button', { name: 'Voordat je begint' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = await within(card('webex')).findByText((_, el) => el?.getAttribute('data-checklist-for') === 'webex');
    expect(list).toHaveTextContent('Neem een betaald abonnement');
    expect(button).toHaveFocus();
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('on the report as published, lists no change since', async () => {
    const user = userEvent.setup();
    await showResults(euData);
    await user.click(within(card('webex')).getByRole('button', { name: 'Before you start' }));
    const list = await within(card('webex')).findByText((_, el) => el?.getAttribute('data-checklist-for') === 'webex');
    expect(within(list).getAllByRole('listitem').map((li) => li.getAttribute('data-checklist-item'))).not.toContain('update');
    expect(within(list).queryByRole('heading', { name: 'Changed since the report' })).toBeNull();
    expect(screen.getAllByRole('heading', { name: 'What the verdicts rest on' })).toHaveLength(1);
  });
});
