import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths, stepIds } from '../share/routes';
import { openClient } from '../state/client-actions';
import { useStore } from '../state/store';
import { setPresenting, usePresenting } from './present';
import { useSavedClients } from './use-saved-clients';
import './client-bar.css';

/** How many other clients the menu lists; the rest are on the Clients page. */
const menuLength = 8;

/**
 * The header's part for consultants: the open client's name with a menu to switch to another (or
 * start one), and present mode. A business owner alone never sees it: it shows only once the
 * client has a name, there are other clients, or present mode is on. While presenting, the menu
 * names no other client. On a phone the present switch sits in the menu. Loaded once the page is idle.
 */
export function ClientBar() {
  const { t } = useTranslation('clients');
  const navigate = useNavigate();
  const presenting = usePresenting();
  const id = useStore((s) => s.id);
  const name = useStore((s) => s.client.name);
  const others = useSavedClients().filter((c) => c.id !== id && c.status === 'ok');
  const menu = useRef<HTMLDetailsElement>(null);
  if (!presenting && !name && !others.length) return null;
  const close = () => menu.current?.removeAttribute('open');
  const go = (to: string) => {
    close();
    navigate(to);
  };
  const present = (on: boolean) => {
    close();
    setPresenting(on);
  };
  return (
    <div className="client-bar" data-client-bar>
      {presenting ? (
        <p className="client-bar__badge" data-present-badge>
          <span>{t('present.badge')}</span>
          <button type="button" className="button button--quiet" onClick={() => present(false)}>{t('present.off')}</button>
        </p>
      ) : null}
      <details className="client-bar__menu" ref={menu} onKeyDown={(e) => e.key === 'Escape' && (close(), menu.current?.querySelector('summary')?.focus())}>
        <summary>
          {/* A person: on a phone the name sits in the menu, and this is what shows. */}
          <svg className="client-bar__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          <span className="visually-hidden">{t('bar.label')}: </span>
          <span className="client-bar__name" data-client-name>{name || t('unnamed')}</span>
        </summary>
        <div className="client-bar__panel">
          <p className="client-bar__current">{t('bar.label')}: <strong>{name || t('unnamed')}</strong></p>
          <p className="client-bar__heading">{t('bar.menu')}</p>
          {presenting ? <p>{t('bar.hidden')}</p> : others.length ? (
            <ul aria-label={t('bar.others')}>
              {others.slice(0, menuLength).map((c) => (
                <li key={c.id}>
                  <button type="button" className="button button--quiet" onClick={() => void openClient(c.id).then(close)}>
                    {c.state?.client.name || t('unnamed')}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="client-bar__actions">
            <button type="button" className="button button--secondary" onClick={() => { useStore.getState().startClient(); go(paths.step(stepIds[0])); }}>
              {t('new')}
            </button>
            <Link to={paths.clients} onClick={close}>{t('bar.all')}</Link>
            {presenting ? null : <button type="button" className="button button--secondary client-bar__present-in-menu" onClick={() => present(true)}>{t('present.on')}</button>}
          </div>
        </div>
      </details>
      {presenting ? null : <button type="button" className="button button--quiet client-bar__present" onClick={() => present(true)}>{t('present.on')}</button>}
    </div>
  );
}
