import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceFieldset } from '../components/choice-fieldset';
import { sensitivities } from '../scoring/sensitivity';
import { suggestions } from '../scoring/suggestions';
import { answerSensitivity } from '../state/answer-sensitivity';
import { criterionIds } from '../scoring/types';
import { useStore } from '../state/store';
import { QuestionShell } from './question-shell';

/** What the answer suggests, in the report's order of the criteria; said again as it changes. */
function Suggests() {
  const { t } = useTranslation(['wizard', 'results']);
  const sensitivity = useStore((s) => s.sensitivity);
  const id = useId();
  const suggested = sensitivity ? criterionIds.filter((c) => suggestions[sensitivity][c]) : [];
  return (
    <div className="suggests" role="status" aria-labelledby={id}>
      <h2 className="suggests__title" id={id}>{t('steps.sensitivity.suggestsTitle')}</h2>
      {!sensitivity ? <p>{t('steps.sensitivity.skip')}</p> : null}
      {sensitivity && !suggested.length ? <p>{t('steps.sensitivity.suggestsNothing')}</p> : null}
      {sensitivity && suggested.length ? (
        <>
          <p>{t('steps.sensitivity.suggestsIntro')}</p>
          <ul>
            {suggested.map((c) => (
              <li key={c}>
                {t('steps.sensitivity.suggestion', {
                  criterion: t(`results:criteria.${c}`),
                  importance: t(`results:importance.${suggestions[sensitivity][c]!}`),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/**
 * The first question: what calls are usually about. Choosing raises the importances it suggests
 * at once (never lowering one); the importance pages mark them, and the user has the last word.
 */
export function SensitivityStep() {
  const { t } = useTranslation('wizard');
  const sensitivity = useStore((s) => s.sensitivity);
  return (
    <QuestionShell step="sensitivity">
      <ChoiceFieldset
        name="sensitivity"
        legend={t('steps.sensitivity.title')}
        legendHidden
        options={sensitivities.map((s) => ({
          value: s,
          label: t(`steps.sensitivity.options.${s}.label`),
          hint: t(`steps.sensitivity.options.${s}.hint`),
        }))}
        value={sensitivity}
        onChange={answerSensitivity}
      />
      <Suggests />
    </QuestionShell>
  );
}
