import type { Locator, Page } from '@playwright/test';
import { questions } from '../../../src/wizard/questions';
import type { Answers } from '../../../src/scoring';
import type { Lang } from '../../../src/share/languages';
import { t } from './i18n';

export type Step = (typeof questions)[number];
export { questions };

/** What one question page must show for `answers`: a text field's value or a radio to be checked. */
export type Control = { kind: 'text'; field: Locator; value: string } | { kind: 'radio'; group: Locator; option: Locator };

/** The controls of a step, found by their accessible names in `lang`, with the values `answers` give them. */
export function controlsFor(page: Page, lang: Lang, step: Step, answers: Answers): Control[] {
  const radio = (groupName: string, optionName: string): Control => {
    const group = page.getByRole('group', { name: groupName, exact: true });
    return { kind: 'radio', group, option: group.getByRole('radio', { name: optionName, exact: true }) };
  };
  switch (step.kind) {
    case 'sensitivity':
      return []; // `Answers` holds no sensitivity: the walk leaves this question unanswered
    case 'participants':
      return [{ kind: 'text', field: page.getByRole('textbox', { name: t(lang, 'wizard:steps.participants.label') }), value: String(answers.participants) }];
    case 'hosting':
      return [radio(t(lang, 'wizard:steps.hosting.title'), t(lang, `results:hosting.${answers.hosting}`))];
    case 'budget':
      return [radio(t(lang, 'wizard:steps.budget.title'), t(lang, `results:budget.${answers.budget}`))];
    case 'importance':
      return step.criteria.map((c) => radio(t(lang, `wizard:criteria.${c}.question`), t(lang, `results:importance.${answers.importance[c] ?? 'ignore'}`)));
    case 'discontinued':
      return [radio(t(lang, 'wizard:steps.discontinued.title'), t(lang, `wizard:steps.discontinued.options.${answers.includeDiscontinued ? 'yes' : 'no'}.label`))];
  }
}
