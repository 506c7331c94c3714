import { useTranslation } from 'react-i18next';
import { useFormats } from '../i18n/format';
import type { Verdict } from '../scoring/types';
import { StatusIcon } from './icons';
import type { Update } from '../catalog/types';
import { ownParts, useChanges } from './use-catalog';

/**
 * The marker of a change since the report, wherever a verdict rests on one: the change's date and
 * publisher, e.g. "◷ Change since the report: 26 October 2020, Zoom Video Communications".
 * Carries `data-changed-marker` and the update's id.
 */
export function ChangeMarker({ update, short = false }: { update: Pick<Update, 'id' | 'date' | 'source'>; short?: boolean }) {
  const { t } = useTranslation('results');
  const { date } = useFormats();
  const params = { date: date(update.date), publisher: update.source.publisher };
  return (
    <span className="verdict-change" data-changed-marker data-update-id={update.id}>
      {/* Short where a heading or legend already says "changed since the report". */}
      <StatusIcon status="clock" /> {short ? `${params.date}, ${params.publisher}` : t('cited.source.marker', params)}
    </span>
  );
}

/**
 * Where a verdict comes from, after its reason, when the reason alone does not say it: a section
 * of the report's text (as printed, in Dutch), or a change since the report. The report's table
 * needs no note: its reasons say "according to the report" and link its footnotes.
 */
export function SourceNote({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation('results');
  const { source } = verdict;
  if (source?.kind === 'update') return <>{' '}<CellChangeMarker id={source.id} /></>;
  if (source?.kind === 'own') {
    const Own = ownParts();
    return Own && <Own.OwnSourceNote verdict={verdict} />;
  }
  if (source?.kind === 'report' && source.part === 'text') {
    return <>{' '}<span className="source-note">({t('source.text')} <cite lang="nl">{source.section}</cite>)</span></>;
  }
  return null;
}

/**
 * The marker of the change a verdict rests on, found among the changes to cells: they come with
 * the current data, so this never waits.
 */
export function CellChangeMarker({ id, short = false }: { id: string; short?: boolean }) {
  const update = useChanges().changeById(id);
  return update ? <ChangeMarker update={update} short={short} /> : null;
}
