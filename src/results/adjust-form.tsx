import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ParticipantsField, useParticipantsDraft } from '../components/participants-field';
import type { ParticipantsError } from '../components/parse-participants';
import { dataSets } from '../catalog/types';
import { useDataSetLabels } from '../components/data-set-labels';
import { ownParts } from '../components/use-catalog';
import { sensitivities, type Sensitivity } from '../scoring/sensitivity';
import { answerSensitivity } from '../state/answer-sensitivity';
import { budgets, criterionGroups, hostings, importances, type CriterionGroup, type CriterionId, type Importance } from '../scoring/types';
import { paths } from '../share/routes';
import { useStore } from '../state/store';

const ImportanceSelect = memo(function ImportanceSelect({ criterion }: { criterion: CriterionId }) {
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
});

/** A compact radio group: the option texts wrap in the narrow panel, unlike a select's. */
function RadioGroup<T extends string>(props: { legend: string; name: string; value: T; options: readonly [T, string][]; onChange: (value: T) => void }) {
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

/** Which data to rank on; the same choice as on the other pages, in the panel's compact form. */
const AdjustDataSet = memo(function AdjustDataSet({ name }: { name: string }) {
  const { t } = useTranslation('catalog');
  const dataSet = useStore((s) => s.dataSet);
  const labels = useDataSetLabels();
  const Own = ownParts();
  return (
    <>
      <RadioGroup
        legend={t('dataChoice.legend')}
        name={name}
        value={dataSet}
        options={dataSets.map((d) => [d, labels[d].label] as const)}
        onChange={useStore.getState().setDataSet}
      />
      <p className="adjust__more"><Link to={paths.updates}>{t('dataChoice.more')}</Link></p>
      {/* Whether own tools join the ranking is chosen here too, once there are any (and on their page). */}
      {Own && <Own.IncludeOwn />}
    </>
  );
});

/**
 * How sensitive the calls are, as on its question page: answering raises the importances it
 * suggests and never lowers one the user chose (`answerSensitivity`).
 */
const AdjustSensitivity = memo(function AdjustSensitivity({ name }: { name: string }) {
  const { t } = useTranslation(['results', 'wizard']);
  const sensitivity = useStore((s) => s.sensitivity);
  return (
    <>
      <RadioGroup
        legend={t('wizard:adjust.sensitivity')}
        name={name}
        value={sensitivity ?? ('' as Sensitivity)}
        options={sensitivities.map((v) => [v, t(`wizard:steps.sensitivity.options.${v}.label`)] as const)}
        onChange={answerSensitivity}
      />
      <p className="adjust__hint">{t('wizard:adjust.sensitivityHint')}</p>
    </>
  );
});

/** The meeting size, re-ranking as you type; an invalid number shows its error once you leave the field. */
const AdjustParticipants = memo(function AdjustParticipants() {
  const { t } = useTranslation(['results', 'wizard']);
  const draft = useParticipantsDraft('lastValid');
  const [error, setError] = useState<ParticipantsError | null>(null);
  const id = useId();
  const leave = () => {
    const result = draft.settle();
    setError(result.ok ? null : result.error);
  };
  return (
    <ParticipantsField
      id={id}
      className="adjust__field"
      labelClassName="adjust__label"
      label={t('criteria.participants')}
      hint={t('wizard:adjust.participantsHint')}
      draft={draft}
      error={error}
      onLeave={leave}
    />
  );
});

// Each answer is its own part that follows only its own value: a click draws the one group it changed.
const AdjustHosting = memo(function AdjustHosting({ name }: { name: string }) {
  const { t } = useTranslation('results');
  return (
    <RadioGroup
      legend={t('criteria.hosting')}
      name={name}
      value={useStore((s) => s.answers.hosting)}
      options={hostings.map((h) => [h, t(`hosting.${h}`)] as const)}
      onChange={useStore.getState().setHosting}
    />
  );
});

const AdjustBudget = memo(function AdjustBudget({ name }: { name: string }) {
  const { t } = useTranslation('results');
  return (
    <RadioGroup
      legend={t('criteria.budget')}
      name={name}
      value={useStore((s) => s.answers.budget)}
      options={budgets.map((b) => [b, t(`budget.${b}`)] as const)}
      onChange={useStore.getState().setBudget}
    />
  );
});

const AdjustDiscontinued = memo(function AdjustDiscontinued({ id }: { id: string }) {
  const { t } = useTranslation('wizard');
  const includeDiscontinued = useStore((s) => s.answers.includeDiscontinued);
  return (
    <div className="adjust__field adjust__check">
      <input id={id} type="checkbox" checked={includeDiscontinued} onChange={(e) => useStore.getState().setIncludeDiscontinued(e.target.checked)} />
      <label htmlFor={id}>{t('adjust.discontinued')}</label>
    </div>
  );
});

const groups = Object.keys(criterionGroups) as CriterionGroup[];

/**
 * Every answer of the adjust panel, in its own chunk: the results page's first screen shows the
 * ranking without it, and it arrives once the browser is idle (or at once on a phone, when the
 * panel is opened). `id` names its groups, so two panels never share radio names.
 */
export function AdjustForm({ id }: { id: string }) {
  const { t } = useTranslation(['results', 'catalog', 'wizard']);
  return (
    <>
      <p className="adjust__intro">{t('wizard:adjust.intro')}</p>
      <AdjustDataSet name={`${id}-data`} />
      <AdjustSensitivity name={`${id}-sensitivity`} />
      <AdjustParticipants />
      <AdjustHosting name={`${id}-hosting`} />
      <AdjustBudget name={`${id}-budget`} />
      <AdjustDiscontinued id={`${id}-disc`} />
      <h3 className="adjust__subtitle">{t('wizard:adjust.importanceTitle')}</h3>
      {groups.map((group) => (
        <fieldset key={group} className="adjust__group">
          <legend>{t(`catalog:rowGroups.${group}`)}</legend>
          {criterionGroups[group].map((c) => <ImportanceSelect key={c} criterion={c} />)}
        </fieldset>
      ))}
      <p>
        <Link to={paths.check}>{t('wizard:adjust.back')}</Link>
      </p>
    </>
  );
}
