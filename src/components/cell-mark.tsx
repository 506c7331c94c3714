import { useTranslation } from 'react-i18next';
import { plannedWhenKey } from '../catalog';
import type { Cell } from '../catalog/types';
import { StatusIcon } from './icons';
import './marks.css';
import { isLang, localeTags } from '../share/languages';

/** Countries the catalog names, with a locale key (`catalog:countries.<code>`). */
const countryCodes = ['US'] as const;
type CountryCode = (typeof countryCodes)[number];
const isCountry = (v: unknown): v is CountryCode => (countryCodes as readonly unknown[]).includes(v);

/**
 * One cell of the report's table as a mark a person can read and a screen reader can say.
 * ✔ and ✘ are icons with a hidden word (they state a fact, not a judgement, so they stay in the
 * text colour: a tick under "stores metadata" is not good news). Footnotes are left to the caller.
 */
export function CellMark({ cell }: { cell: Cell }) {
  const { t, i18n } = useTranslation(['compare', 'catalog']);
  const { value } = cell;
  if (value === true || value === false) {
    return (
      <span className={`cell-mark cell-mark--${value ? 'yes' : 'no'}`}>
        <StatusIcon status={value ? 'met' : 'unmet'} />
        <span className="visually-hidden">{t(value ? 'catalog:values.yes' : 'catalog:values.no')}</span>
      </span>
    );
  }
  if (value === 'n/a') {
    return (
      <span className="cell-mark cell-mark--na">
        <span aria-hidden="true">{t('compare:table.notApplicableShort')}</span>
        <span className="visually-hidden">{t('catalog:values.notApplicable')}</span>
      </span>
    );
  }
  if (value === 'planned') {
    const when = plannedWhenKey(cell);
    return (
      <span className="cell-mark cell-mark--planned">
        {t('catalog:values.planned', { when: when ? t(`catalog:values.plannedWhen.${when}`) : '' })}
      </span>
    );
  }
  if (typeof value === 'number') {
    const lang = isLang(i18n.language) ? i18n.language : 'nl';
    const text = new Intl.NumberFormat(localeTags[lang]).format(value);
    return (
      <span className="cell-mark cell-mark--number">
        {cell.orMore ? t('catalog:values.orMore', { count: text }) : text}
      </span>
    );
  }
  return <span className="cell-mark cell-mark--text">{isCountry(value) ? t(`catalog:countries.${value}`) : value}</span>;
}
