import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../state/notices';
import { useStore } from '../state/store';
import { useFormats } from '../i18n/format';
import type { Namespace } from '../i18n/namespaces';
import { Callout } from './callout';
import { TextsGate } from './texts-gate';

const linkTexts: readonly Namespace[] = ['notices'];
const storageTexts: readonly Namespace[] = ['storage', 'notices'];

/** The texts a notice needs: a shared link's are in `notices`, the saved answers' in `storage` too. */
const textsOf = (notice: Notice) => (notice.kind.startsWith('storage') ? storageTexts : linkTexts);

/**
 * Messages about saved answers and shared links. Shown on every page until dismissed. Their texts
 * are fetched only when there is a notice, and only those it needs (a shared link's first load
 * carries no texts about saved answers); `attempt` fetches them afresh after a failure.
 */
export function Notices({ attempt }: { attempt: number }) {
  const notices = useStore((s) => s.notices);
  if (!notices.length) return null;
  const texts = [...new Set(notices.flatMap(textsOf))].sort();
  return (
    <div className="notices no-print">
      {/* A notice that comes later (storage full, another tab) waits for its texts here, not
          by hiding the page around it. */}
      <Suspense fallback={null}>
        <TextsGate namespaces={texts} attempt={attempt}>
          {notices.map((n) => (
            <NoticeBox key={n.kind} notice={n} />
          ))}
        </TextsGate>
      </Suspense>
    </div>
  );
}

function NoticeBox({ notice }: { notice: Notice }) {
  // Keys are looked up in the first namespace; `dismiss`, shared by all, names `notices` itself.
  const { t } = useTranslation(textsOf(notice));
  const dismiss = useStore((s) => s.dismissNotice);
  const info = notice.kind === 'linkApplied' && notice.ignored.length === 0;

  return (
    <Callout tone={info ? 'info' : 'warning'} role="status" title={t(`${notice.kind}.title`)}>
      <p>{t(`${notice.kind}.body`)}</p>
      {notice.kind === 'storageRepaired' && notice.fields.length ? (
        <p>{t('resetFields', { fields: notice.fields.map((f) => t(`fields.${f}`)).join(', ') })}</p>
      ) : null}
      {'ignored' in notice && notice.ignored.length ? (
        <>
          <p>{t('ignoredIntro')}</p>
          <ul className="notice-list">
            {notice.ignored.map((p, i) => (
              <li key={`${p.param}-${i}`}>
                <code>{p.param}={p.value}</code>: {t(`problems.${p.problem}`)}
              </li>
            ))}
            {notice.moreIgnored ? <li>{t('ignoredMore', { count: notice.moreIgnored })}</li> : null}
          </ul>
        </>
      ) : null}
      {notice.kind === 'linkApplied' && notice.replacedSaved ? <RestoreButtons /> : null}
      <div className="button-row">
        <button type="button" className="button button--quiet" onClick={() => dismiss(notice.kind)}>
          {t('dismiss', { ns: 'notices' })}
        </button>
      </div>
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
