/**
 * How a ranking names a consultant's own tools: "Added by …" on their cards, the summary's line on
 * the lists it includes, and the words of an own source in a verdict. Loaded with the own
 * catalog's store (`loadOwn`), so a page without own tools carries none of it; the parts that
 * show a ranking reach it through `ownParts()`.
 */
import type { i18n as I18n } from 'i18next';
import { useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Tool } from '../catalog/types';
import type { Verdict } from '../scoring/types';
import { useFormats } from '../i18n/format';
import { ownEntries, ownStore } from '../state/own-store';

const texts = new Map<string, Promise<void>>();
/**
 * The words a ranking with own tools needs, in the page's language: how they are named (`own`).
 * How a verdict citing a source other than the report's table is worded is in `results:cited`.
 */
export function loadTexts(i18n: I18n): Promise<void> {
  const lang = i18n.language;
  let load = texts.get(lang);
  if (!load) {
    load = i18n.loadNamespaces('own').then(() => {
      if (!i18n.hasResourceBundle(lang, 'own')) throw new Error('The texts of own tools could not be loaded.');
    });
    texts.set(lang, load);
  }
  return load;
}

/** The own catalog's state, for the parts that show it. */
export function useOwnState() {
  return useSyncExternalStore(ownStore.subscribe, ownStore.getState);
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The words of an own source for a verdict's `{{source}}`: the source's title, publisher and date,
 * or, for an unknown without one, the list it comes from. `key` is `Catalog.own.sources`'s.
 */
export function ownSourceText(key: string, t: Translate, date: (d: string) => string): string {
  const [k = '', id = ''] = key.split('/');
  const catalog = ownEntries(ownStore.getState())[Number(k)]?.catalog;
  const source = id ? catalog?.sources[id] : undefined;
  if (source) return t(source.date ? 'own:source.cell' : 'own:source.cellUndated', { title: source.title, publisher: source.publisher, date: source.date ? date(source.date) : '' });
  return catalog ? t('own:source.catalog', { title: catalog.title, publisher: catalog.publisher, date: date(catalog.date) }) : '';
}

/**
 * Where the data set is chosen: whether the ranking includes the saved own tools. Shown once the
 * user has any; on by default.
 */
export function IncludeOwn() {
  const { t } = useTranslation('own');
  const id = useId();
  const { catalog, include } = useOwnState();
  if (!catalog) return null;
  return (
    <p className="data-choice__own">
      <input id={id} type="checkbox" checked={include} data-own-include onChange={(e) => ownStore.getState().setInclude(e.target.checked)} />{' '}
      <label htmlFor={id}>{t('include.label')}</label>
    </p>
  );
}

/**
 * After a verdict on an own source whose reason does not name its source (a size, a country, what
 * is stored): "(source: “Title” (publisher, date))".
 */
export function OwnSourceNote({ verdict }: { verdict: Verdict }) {
  const { t, i18n } = useTranslation('own');
  const { date } = useFormats();
  if (verdict.source?.kind !== 'own' || i18n.exists(`results:cited.reasons.${verdict.reason}`)) return null;
  const loose = t as unknown as Translate;
  return <> <span className="source-note" data-own-source>({loose('own:source.note', { source: ownSourceText(verdict.source.id, loose, date) })})</span></>;
}

/** "Added by Adviesbureau Voorbeeld" (or "From a link, by …") on an own tool's card. */
export function OwnMark({ tool }: { tool: Tool }) {
  const { t } = useTranslation('own');
  if (!tool.own) return null;
  return (
    <span className="own-mark" data-own-mark>
      {t(tool.own.via === 'link' ? 'marks.fromLink' : 'marks.addedBy', { publisher: tool.own.by })}
    </span>
  );
}

/**
 * In the data line: which own lists the ranking includes, "“Title” (publisher, date)"; for a
 * link's list, an offer to save it; and, when a link's own tools could not be read, that they are
 * left out.
 */
export function OwnIncludes({ catalog }: { catalog: Catalog }) {
  const { t } = useTranslation('own');
  const { date, list } = useFormats();
  const { fromLink, linkProblem } = useOwnState();
  const names = (catalog.own?.catalogs ?? []).map((c) => t(c.via === 'link' ? 'top.catalogLink' : 'top.catalog', { title: c.title, publisher: c.publisher, date: date(c.date) }));
  return (
    <>
      {names.length ? <span className="results__own" data-own-included> {t('top.includes', { list: list(names) })}</span> : null}
      {fromLink && catalog.own?.catalogs.some((c) => c.via === 'link') ? (
        <> <button type="button" className="button button--quiet" data-own-save-link onClick={() => ownStore.getState().saveFromLink()}>{t('top.save')}</button></>
      ) : null}
      {linkProblem ? <span className="results__own" data-own-link-problem> {t('top.linkProblem')}</span> : null}
    </>
  );
}
