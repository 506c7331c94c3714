import type { Lang } from '../share/languages';
import { parseLink } from '../share/link';
import { initialAnswers } from './persisted';
import { sameAnswers, useStore } from './store';

/**
 * Puts a shared link's answers and data set into the store, once: a link that matches the current answers
 * changes nothing, and a list of ignored values already on screen is not repeated. Returns the
 * link's language, if it names one. Used at start-up (src/app/boot.ts) and for links pasted
 * while the results page is open.
 */
export function applySharedLink(raw: string): Lang | null {
  const store = useStore.getState();
  const parsed = parseLink(raw, initialAnswers);
  const ignored = JSON.stringify(parsed.ignored);
  const told = store.notices.some((n) => 'ignored' in n && JSON.stringify(n.ignored) === ignored);
  // A link with answers ranks on the data it names, the report when it names none; a link with
  // only `data` (and `lang`) switches the data and keeps the saved answers.
  const dataSet = parsed.hasAnswers ? parsed.dataSet ?? 'report' : parsed.dataSet;
  if (dataSet && dataSet !== store.dataSet) store.setDataSet(dataSet);
  if (parsed.hasAnswers && !sameAnswers(parsed.answers, store.answers)) {
    store.applyLink(parsed.answers, parsed.ignored, parsed.moreIgnored);
  } else if (parsed.ignored.length && !told) {
    store.addNotice({ kind: 'linkIgnored', ignored: parsed.ignored, moreIgnored: parsed.moreIgnored });
  }
  return parsed.lang;
}
