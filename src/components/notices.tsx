import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../state/notices';
import { useStore } from '../state/store';
import type { Namespace } from '../i18n/namespaces';
import { StatusIcon } from './icons';
import { TextsGate } from './texts-gate';

/**
 * Whether a notice is one line (a link read in full, a loosening to undo) or a callout that says
 * what went wrong (a link read in part or not at all, the saved answers). A link's first screen
 * nearly always has a one-line notice, so only that one's code and texts come with it.
 */
export const isOneLine = (notice: Notice) => notice.kind === 'loosened' || (notice.kind === 'linkApplied' && !notice.ignored.length && !notice.left);

// A link that could not be read names what it could not read as the questions do (`results:criteria`).
const unreadTexts: readonly Namespace[] = ['notices', 'results', 'unreadable'];
const storageTexts: readonly Namespace[] = ['notices', 'storage'];

/** The texts a notice needs: `notices` for every one, and what a callout about a link or the saved answers says. */
export function textsOf(notice: Notice): readonly Namespace[] {
  if (isOneLine(notice)) return ['notices'];
  // A link that opened as a new client names the one it left, in the words about saved clients.
  if (notice.kind === 'linkApplied' && notice.left) return [...unreadTexts, 'storage'];
  return notice.kind.startsWith('link') ? unreadTexts : storageTexts;
}

const calloutCode = () => import('./notice-callout');
/** Fetches the callouts' code; main.tsx does so before the first screen of a link that needs one. */
export const loadNoticeCallout = () => calloutCode().then(() => undefined);
const NoticeCallout = lazy(() => calloutCode().then((m) => ({ default: m.NoticeCallout })));

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
          {notices.map((n) => (isOneLine(n) ? <OneLine key={n.kind} notice={n} /> : <NoticeCallout key={n.kind} notice={n} />))}
        </TextsGate>
      </Suspense>
    </div>
  );
}

/** Close, as a square button with its name for screen readers, so the line keeps its width on a phone. */
function CloseButton({ notice }: { notice: Notice }) {
  const { t } = useTranslation('notices');
  return (
    <button type="button" className="button button--quiet notice__close" aria-label={t('dismiss')} onClick={() => useStore.getState().dismissNotice(notice.kind)}>
      <span aria-hidden="true">×</span>
    </button>
  );
}

/** A one-line notice: a link's answers filled in, or a loosening with Undo. */
function OneLine({ notice }: { notice: Notice }) {
  const { t } = useTranslation('notices');
  if (notice.kind === 'loosened') {
    const undo = () => {
      useStore.getState().setAnswers(notice.before);
      useStore.getState().dismissNotice('loosened');
    };
    return (
      <div className="callout callout--info notice--compact" role="status" data-notice="loosened">
        <StatusIcon status="info" className="callout__icon" />
        <h2 className="notice__line">{t('loosened')}</h2>
        <button type="button" className="button button--secondary" onClick={undo}>{t('undo')}</button>
        <CloseButton notice={notice} />
      </div>
    );
  }
  return (
    <div className="callout callout--info notice--compact" role="status" data-notice="linkApplied">
      <StatusIcon status="info" className="callout__icon" />
      <h2 className="notice__line">{t('linkApplied.title')}</h2>
      <CloseButton notice={notice} />
    </div>
  );
}
