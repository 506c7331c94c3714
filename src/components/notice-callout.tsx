import { useTranslation } from 'react-i18next';
import type { Left, Notice } from '../state/notices';
import { useStore } from '../state/store';
import { usePresenting } from './present';
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
  if (notice.kind === 'linkApplied' && !notice.ignored.length && notice.left) {
    return (
      <Callout tone="info" role="status" title={loose('storage:linkClient.title')}>
        <div data-notice="linkClient">
          <BackToClient left={notice.left} />
        </div>
      </Callout>
    );
  }
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
          {notice.kind === 'linkApplied' && notice.left ? <BackToClient left={notice.left} /> : null}
          {close}
        </div>
      </Callout>
    );
  }
  if (notice.kind === 'loosened') return null; // a one-line notice
  if (notice.kind === 'clientDeleted') return <ClientDeleted notice={notice} />;
  // Named when the notice is about a client with a name: which client's changes stay unsaved, which one went.
  const name = 'name' in notice && notice.name ? { name: notice.name, context: 'named' } : undefined;
  return (
    <Callout tone="warning" role="status" title={loose(`storage:${notice.kind}.title`, name)}>
      <p>{loose(`storage:${notice.kind}.body`)}</p>
      {notice.kind === 'storageRepaired' && notice.fields.length ? (
        <p>{loose('storage:resetFields', { fields: notice.fields.map((f) => loose(`storage:fields.${f}`)).join(', ') })}</p>
      ) : null}
      {close}
    </Callout>
  );
}

/**
 * The way back after a link opened as a new client: names the client that was open, which stays
 * saved as it was. Going back removes the link's client when nothing was added to it (no name, no
 * notes): the link itself still holds its answers.
 */
function BackToClient({ left }: { left: Left }) {
  const { t } = useTranslation('storage');
  const back = async () => {
    const { openClient, removeClient } = await import('../state/client-actions');
    const { id, client } = useStore.getState();
    await openClient(left.id);
    if (!client.name && !client.notes) removeClient(id);
    useStore.getState().dismissNotice('linkApplied');
  };
  // While presenting, no other client's name shows (usePresenting, not the page's attribute: after a
  // reload the notice is drawn before present mode's own code has loaded).
  const presenting = usePresenting();
  const named = left.name && !presenting ? { name: left.name, context: 'named' } : undefined;
  return (
    <>
      <p>{t('linkClient.left', named)}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" data-back-to-client={left.id} onClick={() => void back()}>
          {t('linkClient.back', named)}
        </button>
      </div>
    </>
  );
}

/** A deleted client, with Undo: its entry comes back as it was, and opens again. */
function ClientDeleted({ notice }: { notice: Extract<Notice, { kind: 'clientDeleted' }> }) {
  const { t } = useTranslation(['storage', 'notices']);
  const undo = async () => {
    const { restoreClient } = await import('../state/client-actions');
    useStore.getState().dismissNotice('clientDeleted');
    await restoreClient(notice.deleted, true);
  };
  const named = notice.deleted.name ? { name: notice.deleted.name, context: 'named' } : undefined;
  return (
    <div className="callout callout--info notice--compact" role="status" data-notice="clientDeleted">
      <h2 className="notice__line">{t('clientDeleted.title', named)}</h2>
      <button type="button" className="button button--secondary" onClick={() => void undo()}>{t('clientDeleted.undo')}</button>
      <button type="button" className="button button--quiet" onClick={() => useStore.getState().dismissNotice('clientDeleted')}>{t('notices:dismiss')}</button>
    </div>
  );
}
