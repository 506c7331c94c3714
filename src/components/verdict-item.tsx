import { useTranslation } from 'react-i18next';
import { plannedWhenKeys, type PlannedNote } from '../catalog/types';
import { formats, useLang } from '../i18n/format';
import type { Verdict } from '../scoring/types';
import type { Lang } from '../share/languages';
import { FootnoteRef } from './footnote-ref';
import { Mark, markOf } from './mark';
import './verdict.css';

type Params = Record<string, string | number>;
type Translate = (key: string, options?: Record<string, unknown>) => string;

const storedKinds = new Set(['storesLocation', 'storesCallData', 'storesMetadata']);

/** Turns a verdict's codes (row ids, country codes, dates, numbers) into words for `results:reasons`. */
export function reasonParams(params: Params | undefined, t: Translate, lang: Lang): Record<string, string> {
  const f = formats(lang, t);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === 'number') out[key] = f.number(value);
    else if (key === 'date') out[key] = f.date(value);
    else if (key === 'kinds') out[key] = f.list(value.split(',').map((k) => (storedKinds.has(k) ? t(`results:storedKinds.${k}`) : k)));
    else if (key === 'country') out[key] = value === 'US' ? t('catalog:countries.US') : value;
    else if (key === 'when' && value in plannedWhenKeys) out[key] = t(`catalog:values.plannedWhen.${plannedWhenKeys[value as PlannedNote]}`);
    else out[key] = value;
  }
  return out;
}

/** The reason for a verdict in words, e.g. "Zoom cannot run on your own server." */
export function useReasonText() {
  const { t } = useTranslation(['results', 'catalog', 'format']);
  const lang = useLang();
  const loose = t as unknown as Translate;
  return (verdict: Verdict, toolName: string) =>
    t(`results:reasons.${verdict.reason}`, { ...reasonParams(verdict.params, loose, lang), tool: toolName });
}

interface Props {
  verdict: Verdict;
  toolName: string;
  /** Also name the criterion and how much it matters to the company (for lists outside a table). */
  showCriterion?: boolean;
}

/** One verdict: its mark (icon + word), the reason in words and the footnotes it rests on. */
export function VerdictItem({ verdict, toolName, showCriterion = false }: Props) {
  const { t } = useTranslation('results');
  const reasonText = useReasonText();
  return (
    <div className="verdict-item">
      {showCriterion ? (
        <p className="verdict-item__criterion">
          <span className="verdict-item__name">{t(`criteria.${verdict.criterion}`)}</span>
          <span className="verdict-item__importance">{t('verdictImportance', { importance: t(`importance.${verdict.importance}`) })}</span>
        </p>
      ) : null}
      <p className="verdict-item__body">
        <Mark kind={markOf(verdict)} />{' '}
        <span className="verdict-item__reason">{reasonText(verdict, toolName)}</span>
        <FootnoteRef ids={verdict.footnotes} />
      </p>
    </div>
  );
}
