import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { plannedWhenKeys, type PlannedNote } from '../catalog/types';
import type { Verdict } from '../scoring/types';
import { isLang, localeTags, type Lang } from '../i18n/languages';
import { FootnoteRef } from './footnote-ref';
import { StatusBadge } from './status-badge';
import './verdict.css';

type Params = Record<string, string | number>;
type RT = TFunction<['results', 'catalog']>;

/** A date from the catalog ("2021-07-31") as the reader writes it ("31 juli 2021"). */
export function formatIsoDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeTags[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Turns a verdict's codes (row ids, country codes, dates, numbers) into words for `results:reasons`. */
export function reasonParams(params: Params | undefined, t: RT, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  const numbers = new Intl.NumberFormat(localeTags[lang]);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === 'number') out[key] = numbers.format(value);
    else if (key === 'date') out[key] = formatIsoDate(value, lang);
    else if (key === 'kinds') out[key] = value.split(',').map((k) => storedKind(k.trim(), t)).join(', ');
    else if (key === 'country') out[key] = value === 'US' ? t('catalog:countries.US') : value;
    else if (key === 'when' && value in plannedWhenKeys) out[key] = t(`catalog:values.plannedWhen.${plannedWhenKeys[value as PlannedNote]}`);
    else out[key] = value;
  }
  return out;
}

function storedKind(kind: string, t: RT): string {
  switch (kind) {
    case 'storesLocation':
    case 'storesCallData':
    case 'storesMetadata':
      return t(`results:storedKinds.${kind}`);
    default:
      return kind;
  }
}

/** The reason for a verdict in words, e.g. "Zoom cannot run on your own server." */
export function useReasonText() {
  const { t, i18n } = useTranslation(['results', 'catalog']);
  const lang: Lang = isLang(i18n.language) ? i18n.language : 'nl';
  return (verdict: Verdict, toolName: string) =>
    t(`results:reasons.${verdict.reason}`, { ...reasonParams(verdict.params, t, lang), tool: toolName });
}

interface Props {
  verdict: Verdict;
  toolName: string;
  /** Also name the criterion and how much it matters to the company (for lists outside a table). */
  showCriterion?: boolean;
}

/** One verdict: status (icon + word), the reason in words and the footnotes it rests on. */
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
        <StatusBadge status={verdict.status} />{' '}
        <span className="verdict-item__reason">{reasonText(verdict, toolName)}</span>
        <FootnoteRef ids={verdict.footnotes} />
      </p>
    </div>
  );
}
