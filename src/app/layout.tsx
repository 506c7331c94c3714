import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { LanguageSwitch } from '../components/language-switch';
import { DeferredNotices } from '../components/deferred-notices';
import { Later } from '../components/later';
import type { Namespace } from '../i18n/namespaces';
import { paths, stepIds } from '../share/routes';

// "Delete this client" sits at the foot of every page, and the open client's name, the switch to
// another and present mode are for consultants: both arrive once the page is idle, from one file.
const extras = () => import('../components/layout-extras');
const forgetTexts: readonly Namespace[] = ['storage'];
const loadForget = () => extras().then((m) => ({ default: m.Forget }));
// The bar's texts come with the bar itself, which the gate fetches only when there is something to show.
const loadClientBar = () => extras().then((m) => ({ default: m.ClientBarGate }));

/** The navigation after "Questions": where each link goes, and its words (`nav.<key>`). */
const nav = [[paths.results, 'results'], [paths.compare(), 'compare'], [paths.table, 'table'], [paths.ownTools, 'ownTools'], [paths.clients, 'clients'], [paths.about, 'about']] as const;

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
            {/* A file of its own (public/logo.svg), cached with the app: not in the code every first load carries. */}
            <img src="/logo.svg" width="28" height="28" alt="" />
            <span>{t('app.name')}</span>
          </Link>
          <Later load={loadClientBar} />
          <LanguageSwitch />
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            <li>
              <Link to={paths.step(stepIds[0])} aria-current={inQuestions ? (pathname === paths.step(stepIds[0]) ? 'page' : 'true') : undefined}>
                {t('nav.questions')}
              </Link>
            </li>
            {nav.map(([to, key]) => <li key={key}><NavLink to={to}>{t(`nav.${key}`)}</NavLink></li>)}
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
