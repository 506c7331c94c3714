import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../share/routes';
import type { StepId } from '../share/routes';

export interface SummaryRow {
  key: string;
  label: string;
  value: string;
  /** Must-haves stand out when scanning the list (in weight, not only colour). */
  strong?: boolean;
}

/** One question's answers on Check your answers, with a Change link that returns here. */
export function CheckSection({ step, rows }: { step: StepId; rows: readonly SummaryRow[] }) {
  const { t } = useTranslation('wizard');
  const headingId = `check-${step}`;
  const name = t(`steps.${step}.short`);
  return (
    <section className="check-section" aria-labelledby={headingId}>
      <div className="check-section__header">
        <h2 id={headingId}>{name}</h2>
        <Link to={paths.step(step, { returnTo: 'check' })} className="check-section__change no-print">
          {t('check.change')}{' '}
          <span className="visually-hidden">{name}</span>
        </Link>
      </div>
      <dl className="summary-list">
        {rows.map((row) => (
          <div key={row.key} className="summary-list__row">
            <dt>{row.label}</dt>
            <dd>{row.strong ? <strong>{row.value}</strong> : row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
