import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { ReactElement } from 'react';
import { createI18n } from '../../src/i18n';
import type { Lang } from '../../src/share/languages';
import { fullCatalog as reportCatalog } from '../catalog/full';
import { FootnoteList, FootnoteRef } from '../../src/components/footnote-ref';
import { Mark, markOf } from '../../src/components/mark';
import { VerdictItem } from '../../src/components/verdict-item';
import type { Verdict } from '../../src/scoring';
import { allResources } from '../render';

async function show(ui: ReactElement, lang: Lang = 'en') {
  const i18n = await createI18n(lang, allResources);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

describe('Mark', () => {
  it.each([
    ['met', 'Meets', 'Voldoet'],
    ['conditional', 'Meets on a condition', 'Voldoet onder voorwaarde'],
    ['unmet', 'Does not meet', 'Voldoet niet'],
    ['unknown', 'Unknown', 'Onbekend'],
    ['na', 'Not applicable', 'N.v.t.'],
  ] as const)('shows %s as an icon and a word', async (kind, en, nl) => {
    const { container, unmount } = await show(<Mark kind={kind} />);
    expect(container.firstElementChild).toHaveTextContent(en);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    unmount();
    await show(<Mark kind={kind} />, 'nl');
    expect(screen.getByText(nl)).toBeInTheDocument();
  });

  it('marks a n.v.t. cell as not applicable, never as meets, though it counts as met', () => {
    const na: Verdict = { criterion: 'dpa', importance: 'must', status: 'met', footnotes: [], reason: 'notApplicable' };
    expect(markOf(na)).toBe('na');
    expect(markOf({ ...na, reason: 'supported' })).toBe('met');
  });
});

describe('FootnoteRef and FootnoteList', () => {
  it('links each number to its footnote, named for screen readers', async () => {
    await show(
      <>
        <p>Text<FootnoteRef ids={[4, 5]} /></p>
        <FootnoteList />
      </>,
      'nl',
    );
    const link = screen.getByRole('link', { name: 'Voetnoot 4' });
    expect(link).toHaveAttribute('href', '#footnote-4');
    expect(link.closest('sup')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Voetnoot 5' })).toHaveAttribute('href', '#footnote-5');
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(document.getElementById('footnote-4')).toHaveTextContent(/\S/);
  });

  it('renders nothing for no footnotes, and only the given ones in a list', async () => {
    const { container } = await show(
      <>
        <FootnoteRef ids={[]} />
        <FootnoteList ids={[6, 2, 2]} />
      </>,
    );
    expect(container.querySelector('sup')).toBeNull();
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.id)).toEqual(['footnote-2', 'footnote-6']);
    expect(items[0]).toHaveAttribute('value', '2');
    expect(items[0]).toHaveTextContent('Only works in a web browser.');
  });
});

describe('VerdictItem', () => {
  const storesData: Verdict = {
    criterion: 'dataMinimisation', importance: 'must', status: 'unmet', footnotes: [], reason: 'storesData',
    params: { kinds: 'storesLocation,storesMetadata' },
  };
  const discontinued: Verdict = {
    criterion: 'availability', importance: 'must', status: 'unmet', footnotes: [], reason: 'discontinued', params: { date: '2021-07-31' },
  };
  const paidPlan: Verdict = { criterion: 'e2e', importance: 'nice', status: 'conditional', footnotes: [4], reason: 'paidPlanOnly' };

  it('words the reason with its parameters in the reader’s language', async () => {
    await show(<VerdictItem verdict={storesData} toolName="Zoom" />);
    expect(screen.getByText('Zoom stores: location data and metadata.')).toBeInTheDocument();
    expect(screen.getByText('Does not meet')).toBeInTheDocument();
  });

  it('writes dates the Dutch way in Dutch', async () => {
    await show(<VerdictItem verdict={discontinued} toolName="Skype for Business" />, 'nl');
    expect(screen.getByText(/31 juli 2021/)).toBeInTheDocument();
  });

  it('shows the criterion, its importance and the footnotes when asked', async () => {
    await show(<VerdictItem verdict={paidPlan} toolName="Cisco Webex" showCriterion />);
    expect(screen.getByText('End-to-end encryption')).toBeInTheDocument();
    expect(screen.getByText('Your choice: Nice to have')).toBeInTheDocument();
    expect(screen.getByText('Meets on a condition')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Footnote 4' })).toBeInTheDocument();
  });
});

describe('catalog wording used by the cards', () => {
  it.each(['nl', 'en'] as const)('has a %s text for every fact and note of every tool', async (lang) => {
    const i18n = await createI18n(lang, allResources);
    for (const tool of reportCatalog.tools) {
      for (const f of tool.facts) expect(i18n.exists(`tools:${tool.id}.facts.${f.id}`), `${tool.id}.facts.${f.id}`).toBe(true);
      for (const n of tool.notes) expect(i18n.exists(`tools:${tool.id}.notes.${n.id}`), `${tool.id}.notes.${n.id}`).toBe(true);
    }
  });
});
