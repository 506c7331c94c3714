import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { LanguageSwitch } from '../components/language-switch';
import { DeferredNotices } from '../components/deferred-notices';
import { Later } from '../components/later';
import type { Namespace } from '../i18n/namespaces';
import { paths, stepIds } from '../share/routes';

// "Forget my answers" sits at the foot of every page, so it can arrive once the page is idle,
// with its texts: those about the saved answers.
const forgetTexts: readonly Namespace[] = ['storage'];
const loadForget = () => import('../components/forget-button').then((m) => ({ default: m.Forget }));

/** Header, navigation, notices and footer around every page. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  // Every question page and the check page belong to "Questions", not only the first step.
  const inQuestions = pathname.startsWith('/questions/') || pathname === paths.check;
  return (
    <>
      <a className="skip-link" href="#main">{t('nav.skip')}</a>
      <header className="site-header no-print">
        <div className="site-header__inner">
          <Link to={paths.start} className="site-header__brand">
            <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" fill="currentColor" />
              <path d="M7 11h12v10H7z" fill="#fff" />
              <path d="M19 14l6-3v10l-6-3z" fill="#ffbf47" />
            </svg>
            <span>{t('app.name')}</span>
          </Link>
          <LanguageSwitch />
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <Link to={paths.step(stepIds[0])} aria-current={inQuestions ? (pathname === paths.step(stepIds[0]) ? 'page' : 'true') : undefined}>
                {t('nav.questions')}
              </Link>
            </li>
            <li><NavLink to={paths.results}>{t('nav.results')}</NavLink></li>
            <li><NavLink to={paths.compare()}>{t('nav.compare')}</NavLink></li>
            <li><NavLink to={paths.table}>{t('nav.table')}</NavLink></li>
            <li><NavLink to={paths.about}>{t('nav.about')}</NavLink></li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <DeferredNotices />
        {children}
      </main>
      <footer className="site-footer no-print">
        <div className="site-footer__inner">
          <p>{t('footer.source')} <Link to={paths.updates}>{t('footer.updates')}</Link></p>
          <p>{t('footer.privacy')}</p>
          <Later load={loadForget} namespaces={forgetTexts} />
        </div>
      </footer>
    </>
  );
}
