import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore, type Notice } from '../wizard/store';
import { Callout } from './callout';

/** Messages about saved answers and shared links. Shown on every page until dismissed. */
export function Notices() {
  const notices = useStore((s) => s.notices);
  if (!notices.length) return null;
  return (
    <div className="notices no-print">
      {/* The notices' texts are their own namespace, fetched only when there is a notice. */}
      <Suspense fallback={null}>
        {notices.map((n) => (
          <NoticeBox key={n.kind} notice={n} />
        ))}
      </Suspense>
    </div>
  );
}

function NoticeBox({ notice }: { notice: Notice }) {
  const { t } = useTranslation('notices');
  const dismiss = useStore((s) => s.dismissNotice);
  const restore = useStore((s) => s.restorePrevious);
  const hasPrevious = useStore((s) => s.previous !== null);
  const warning = notice.kind !== 'linkApplied' || notice.ignored.length > 0;

  return (
    <Callout tone={warning ? 'warning' : 'info'} role="status" title={t(`${notice.kind}.title`)}>
      <p>{t(`${notice.kind}.body`)}</p>
      {'fields' in notice && notice.fields.length ? (
        <p>{t('resetFields', { fields: notice.fields.join(', ') })}</p>
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
          </ul>
        </>
      ) : null}
      <div className="button-row">
        {notice.kind === 'linkApplied' && notice.replacedSaved && hasPrevious ? (
          <button type="button" className="button button--secondary" onClick={restore}>
            {t('restore')}
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={() => dismiss(notice.kind)}>
          {t('dismiss')}
        </button>
      </div>
    </Callout>
  );
}
