import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyPart } from '../components/lazy-part';
import { useLoadedWhenIdle } from '../components/later';

const loadForm = () => import('./adjust-form').then((m) => ({ default: m.AdjustForm }));
// The report's groups of criteria, the data sets' names and the sensitivity question's answers.
const formTexts = ['catalog', 'wizard'] as const;

/**
 * Every answer, changeable in place, for a consultant's "what if". Beside the ranking on a wide
 * screen, collapsed above it on a phone. Its form loads apart from the first screen: when the
 * browser is idle, or at once when a phone user opens the panel first.
 */
export function AdjustPanel() {
  const { t } = useTranslation('results');
  const [open, setOpen] = useState(false);
  const id = useId();
  // Shown once it is in (the browser was idle) or as soon as a phone user opens the panel.
  const ready = useLoadedWhenIdle(loadForm, formTexts);

  return (
    <aside className="adjust no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="adjust__title">{t('adjust.title')}</h2>
      {/* Narrower than 60em the panel is this one button (the heading, which names it, is then for screen readers). */}
      <button type="button" className="button button--secondary adjust__toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
        {t('adjust.title')}
      </button>
      <div id={`${id}-body`} className={`adjust__body ${open ? 'adjust__body--open' : ''}`}>
        {ready || open ? <LazyPart load={loadForm} props={{ id }} namespaces={formTexts} /> : null}
      </div>
    </aside>
  );
}
