import { useTranslation } from 'react-i18next';
import { plannedWhenKey } from '../catalog/report';
import type { Cell } from '../catalog/types';
import { useFormats, useLang } from '../i18n/format';
import { StatusIcon } from './icons';
import './marks.css';

/** Countries the catalog names, with a locale key (`results:countries.<code>`). */
const countryCodes = ['US'] as const;
type CountryCode = (typeof countryCodes)[number];
const isCountry = (v: unknown): v is CountryCode => (countryCodes as readonly unknown[]).includes(v);

/**
 * One cell of the report's table as a mark a person can read and a screen reader can say.
 * ✔ and ✘ are icons with a hidden word (they state a fact, not a judgement, so they stay in the
 * text colour: a tick under "stores metadata" is not good news). Footnotes are left to the caller.
 */
export function CellMark({ cell }: { cell: Cell }) {
  const { t } = useTranslation(['catalog', 'results']);
  const { number } = useFormats();
  const lang = useLang();
  const { value } = cell;
  if (value === true || value === false) {
    return (
      <span className={`cell-mark cell-mark--${value ? 'yes' : 'no'}`}>
        <StatusIcon status={value ? 'met' : 'unmet'} />
        <span className="visually-hidden">{t(value ? 'values.yes' : 'values.no')}</span>
      </span>
    );
  }
  if (value === 'n/a') {
    return (
      <span className="cell-mark cell-mark--na">
        <span aria-hidden="true">{t('values.notApplicableShort')}</span>
        <span className="visually-hidden">{t('values.notApplicable')}</span>
      </span>
    );
  }
  if (value === 'unknown') return <span className="cell-mark cell-mark--unknown">{t('results:status.unknown')}</span>;
  if (value === 'planned') {
    const when = plannedWhenKey(cell);
    return (
      <span className="cell-mark cell-mark--planned">
        {t('values.planned', { when: when ? t(`results:plannedWhen.${when}`) : '' })}
      </span>
    );
  }
  if (typeof value === 'number') {
    const text = number(value);
    return (
      <span className="cell-mark cell-mark--number">
        {cell.orMore ? t('values.orMore', { count: text }) : text}
      </span>
    );
  }
  // An own catalog may name any country: its name in the page's language, from its ISO code.
  return <span className="cell-mark cell-mark--text">{isCountry(value) ? t(`results:countries.${value}`) : new Intl.DisplayNames(lang, { type: 'region' }).of(value) ?? value}</span>;
}
