import { useTranslation } from 'react-i18next';
import type { Notice } from '../state/notices';
import { useStore } from '../state/store';
import { useFormats } from '../i18n/format';
import { criterionIds } from '../scoring/types';
import { Callout } from './callout';
import { textsOf } from './notices';

type Loose = (key: string, options?: Record<string, unknown>) => string;

/** A link's parameter as the user knows it: the question it answers, never `key=value`. */
function paramLabel(t: Loose, param: string): string {
  if (param === '…') return t('unreadable:params.rest');
  if (['participants', 'hosting', 'budget'].includes(param) || (criterionIds as readonly string[]).includes(param)) return t(`results:criteria.${param}`);
  if (['data', 'lang', 'sensitivity', 'choice', 'discontinued'].includes(param)) return t(`unreadable:params.${param}`);
  return t('unreadable:params.unknown', { param });
}

/** What a link's notice is called: read in part, or nothing read. */
function linkTitle(notice: Extract<Notice, { ignored: unknown }>): string {
  if (notice.kind === 'linkApplied') return 'linkPartial';
  return notice.partial ? 'linkIgnored' : 'linkFailed';
}

/**
 * A notice that says what went wrong, with its own code and texts (`unreadable`, `storage`): a link
 * read in part or not at all, naming each answer it could not read in words, or a problem with the
 * saved answers. A link read in full has a one-line notice instead (see Notices).
 */
export function NoticeCallout({ notice }: { notice: Notice }) {
  // Every key names its namespace.
  const { t } = useTranslation(textsOf(notice));
  const loose = t as unknown as Loose;
  const close = (
    <div className="button-row">
      <button type="button" className="button button--quiet" onClick={() => useStore.getState().dismissNotice(notice.kind)}>
        {loose('notices:dismiss')}
      </button>
    </div>
  );
  if ('ignored' in notice) {
    const key = linkTitle(notice);
    return (
      <Callout tone="warning" role="status" title={loose(`unreadable:${key}.title`)}>
        <div data-notice={key}>
          <p>{loose(`unreadable:${key}.body`)}</p>
          <ul className="notice-list">
            {notice.ignored.map((p, i) => (
              <li key={`${p.param}-${i}`}>{loose('unreadable:unreadable', { label: paramLabel(loose, p.param), value: p.value, problem: loose(`unreadable:problems.${p.problem}`) })}</li>
            ))}
            {notice.moreIgnored ? <li>{loose('unreadable:ignoredMore', { count: notice.moreIgnored })}</li> : null}
          </ul>
          {notice.kind === 'linkApplied' && notice.replacedSaved ? <RestoreButtons /> : null}
          {close}
        </div>
      </Callout>
    );
  }
  if (notice.kind === 'loosened') return null; // a one-line notice
  return (
    <Callout tone="warning" role="status" title={loose(`storage:${notice.kind}.title`)}>
      <p>{loose(`storage:${notice.kind}.body`)}</p>
      {notice.kind === 'storageRepaired' && notice.fields.length ? (
        <p>{loose('storage:resetFields', { fields: notice.fields.map((f) => loose(`storage:fields.${f}`)).join(', ') })}</p>
      ) : null}
      {close}
    </Callout>
  );
}

/** One button per kept set of answers, labelled with when a link replaced it. */
export function RestoreButtons() {
  const { t } = useTranslation('notices');
  const history = useStore((s) => s.history);
  const restore = useStore((s) => s.restore);
  const { moment } = useFormats();
  if (!history.length) return null;
  return (
    <>
      <p>{t('restoreIntro')}</p>
      <div className="button-row">
        {history.map((entry, i) => (
          <button key={`${entry.replacedAt ?? 'earlier'}-${i}`} type="button" className="button button--secondary" onClick={() => restore(i)}>
            {entry.replacedAt ? t('restoreAt', { moment: moment(entry.replacedAt) }) : t('restoreEarlier')}
          </button>
        ))}
      </div>
    </>
  );
}
