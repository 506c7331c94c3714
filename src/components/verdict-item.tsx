import { useTranslation } from 'react-i18next';
import { plannedWhenKeys, type PlannedNote } from '../catalog/types';
import { formats, useLang } from '../i18n/format';
import type { Verdict } from '../scoring/types';
import type { Lang } from '../share/languages';
import { FootnoteRef } from './footnote-ref';
import { Mark, markOf } from './mark';
import { SourceNote } from './source-note';
import { ownParts } from './use-catalog';
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
    // A country's name in the language: an own catalog may name any (the checks allow two capitals only).
    else if (key === 'country') out[key] = value === 'US' ? t('results:countries.US') : new Intl.DisplayNames(lang, { type: 'region' }).of(value) ?? value;
    else if (key === 'when' && value in plannedWhenKeys) out[key] = t(`results:plannedWhen.${plannedWhenKeys[value as PlannedNote]}`);
    else out[key] = value;
  }
  return out;
}

/**
 * Whether a verdict rests on a source other than the report: its reason then never says
 * "according to the report" nor names a report footnote, and a note names the source.
 */
export const citesLaterSource = (v: Verdict): boolean => v.source !== undefined && v.source.kind !== 'report';

/**
 * `data-source` for an element that shows a verdict: report, update (later own), or none when the
 * verdict rests only on the answers.
 */
export const sourceAttr = (v: Verdict): string | undefined => v.source?.kind;

/**
 * The reason for a verdict in words, e.g. "Zoom cannot run on your own server." A verdict from a
 * change since the report takes its words from `results:cited` where the report's would name the report
 * or its footnotes ("…, according to a change since the report"); `useCatalog` loads them with
 * the current data.
 */
export function useReasonText() {
  const { t } = useTranslation(['results', 'format']);
  const lang = useLang();
  const loose = t as unknown as Translate;
  return (verdict: Verdict, toolName: string) => {
    const key = `results:reasons.${verdict.reason}`;
    const params = { ...reasonParams(verdict.params, loose, lang), tool: toolName };
    if (!citesLaterSource(verdict)) return loose(key, params);
    const own = verdict.source?.kind === 'own' && verdict.source.id;
    const source = own ? ownParts()!.ownSourceText(own, loose, formats(lang, loose).date) : loose('results:cited.source.cited');
    // An own source's words, where they differ from a change's (`own:reasons`).
    const keys = [`results:cited.reasons.${verdict.reason}`, key];
    return (loose as unknown as (keys: string[], o: object) => string)(own ? [`own:reasons.${verdict.reason}`, ...keys] : keys, { ...params, source });
  };
}

/** A verdict's reason, the report's footnotes it rests on, and where it comes from when that is not the report's table. */
export function VerdictReason({ verdict, toolName }: { verdict: Verdict; toolName: string }) {
  const reasonText = useReasonText();
  return (
    <>
      <span className="verdict-item__reason">{reasonText(verdict, toolName)}</span>
      {/* A change's footnote numbers are the change's condition, worded in its reason: no link to the report's footnotes. */}
      {citesLaterSource(verdict) ? null : <FootnoteRef ids={verdict.footnotes} />}
      <SourceNote verdict={verdict} />
    </>
  );
}

interface Props {
  verdict: Verdict;
  toolName: string;
  /** Also name the criterion and how much it matters to the company (for lists outside a table). */
  showCriterion?: boolean;
}

/** One verdict: its mark (icon + word), the reason in words, the footnotes it rests on and its source. */
export function VerdictItem({ verdict, toolName, showCriterion = false }: Props) {
  const { t } = useTranslation('results');
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
        <VerdictReason verdict={verdict} toolName={toolName} />
      </p>
    </div>
  );
}
