import type { i18n as I18n } from 'i18next';
import { latestUpdate } from '../catalog/latest-update';
import type { Catalog } from '../catalog/types';
import { download } from '../components/download';
import { loadChanges, loadOwn } from '../components/use-catalog';
import { rankingOf } from '../components/use-ranking';
import { appVersion } from '../share/app-version';
import { clientFile, clientFileName, clientFileText } from '../share/client-file';
import { isLang } from '../share/languages';
import { useStore } from '../state/store';

/**
 * Exports the open client as a file (`share/client-file.ts`): its answers and notes, the ranking's
 * top group and verdicts on `catalog` (the one the page ranks on), what it rests on, and copies of
 * the own tools it included. Records the moment on the client, for the memo's small print.
 * Returns the file's name.
 */
export async function exportClient(catalog: Catalog, i18n: I18n): Promise<string> {
  const state = useStore.getState();
  const { results, top } = rankingOf(catalog, state.answers);
  const changes = state.dataSet === 'current' ? (await loadChanges()).cellChanges : [];
  // Only what the ranking included: a catalog merged with own tools names them in `catalog.own`.
  const ownTools = catalog.own ? (await import('../state/own-store')).ownEntries((await loadOwn()).ownStore.getState()).map((e) => e.catalog) : [];
  const exportedAt = new Date().toISOString();
  const lang = isLang(i18n.language) ? i18n.language : 'nl';
  const file = clientFile({
    state,
    lang,
    about: i18n.t('sharing:memo.exportAbout'),
    appVersion,
    exportedAt,
    latestChange: latestUpdate,
    changes,
    results,
    top,
    ownTools,
  });
  const name = clientFileName(state.client.name, exportedAt);
  download(clientFileText(file), name);
  useStore.getState().setExported(exportedAt);
  return name;
}
