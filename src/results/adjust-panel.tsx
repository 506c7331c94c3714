import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { criterionIds, type Budget, type CriterionId, type Hosting, type Importance } from '../scoring/types';
import { paths } from '../app/paths';
import { useStore } from '../wizard/store';
import { ParticipantsField } from './participants-field';

const hostings: Hosting[] = ['self', 'either', 'cloud'];
const budgets: Budget[] = ['free-only', 'free-preferred', 'paid-ok'];
const importances: Importance[] = ['must', 'nice', 'ignore'];
const criterionGroups = {
  features: criterionIds.slice(0, 6),
  storage: ['dataMinimisation'],
  dataFlow: ['dpa', 'noThirdPartySharing', 'euController', 'dataInEU'],
  security: ['e2e', 'transitEncryption', 'openSource'],
} as const satisfies Record<string, readonly CriterionId[]>;

function ImportanceSelect({ criterion }: { criterion: CriterionId }) {
  const { t } = useTranslation('results');
  const value = useStore((s) => s.answers.importance[criterion] ?? 'ignore');
  const setImportance = useStore((s) => s.setImportance);
  const id = useId();
  return (
    <div className="adjust__row">
      <label htmlFor={id}>{t(`criteria.${criterion}`)}</label>
      <select id={id} value={value} onChange={(e) => setImportance(criterion, e.target.value as Importance)}>
        {importances.map((i) => (
          <option key={i} value={i}>{t(`importance.${i}`)}</option>
        ))}
      </select>
    </div>
  );
}

/** A compact radio group: the option texts wrap in the narrow panel, unlike a select's. */
function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="adjust__group adjust__radios">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value} className="adjust__radio">
          <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onChange(value)} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Every answer, changeable in place, for a consultant's "what if". Collapsible on a phone. */
export function AdjustPanel() {
  const { t } = useTranslation(['results', 'catalog']);
  const [open, setOpen] = useState(false);
  const { hosting, budget, includeDiscontinued } = useStore(
    useShallow((s) => ({ hosting: s.answers.hosting, budget: s.answers.budget, includeDiscontinued: s.answers.includeDiscontinued })),
  );
  const { setHosting, setBudget, setIncludeDiscontinued } = useStore(
    useShallow((s) => ({ setHosting: s.setHosting, setBudget: s.setBudget, setIncludeDiscontinued: s.setIncludeDiscontinued })),
  );
  const id = useId();

  return (
    <aside className="adjust no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="adjust__title">{t('results:adjust.title')}</h2>
      <button type="button" className="button button--secondary adjust__toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
        {open ? t('results:adjust.toggleHide') : t('results:adjust.toggleShow')}
      </button>
      <div id={`${id}-body`} className={`adjust__body ${open ? 'adjust__body--open' : ''}`}>
        <p className="adjust__intro">{t('results:adjust.intro')}</p>
        <ParticipantsField />
        <RadioGroup
          legend={t('results:criteria.hosting')}
          name={`${id}-hosting`}
          value={hosting}
          options={hostings.map((h) => [h, t(`results:hosting.${h}`)])}
          onChange={setHosting}
        />
        <RadioGroup
          legend={t('results:criteria.budget')}
          name={`${id}-budget`}
          value={budget}
          options={budgets.map((b) => [b, t(`results:budget.${b}`)])}
          onChange={setBudget}
        />
        <div className="adjust__field adjust__check">
          <input id={`${id}-disc`} type="checkbox" checked={includeDiscontinued} onChange={(e) => setIncludeDiscontinued(e.target.checked)} />
          <label htmlFor={`${id}-disc`}>{t('results:adjust.discontinued')}</label>
        </div>
        <h3 className="adjust__subtitle">{t('results:adjust.importanceTitle')}</h3>
        {(Object.keys(criterionGroups) as (keyof typeof criterionGroups)[]).map((group) => (
          <fieldset key={group} className="adjust__group">
            <legend>{t(`catalog:rowGroups.${group}`)}</legend>
            {criterionGroups[group].map((c) => <ImportanceSelect key={c} criterion={c} />)}
          </fieldset>
        ))}
        <p>
          <Link to={paths.check}>{t('results:adjust.back')}</Link>
        </p>
      </div>
    </aside>
  );
}
