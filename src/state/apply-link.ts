import type { Lang } from '../share/languages';
import { parseLink } from '../share/link';
import { initialAnswers } from './persisted';
import { sameAnswers, useStore } from './store';

/**
 * Puts a shared link's answers, data set, sensitivity and choice into the store, once: a link that matches the current answers
 * changes nothing, and a list of ignored values already on screen is not repeated. Returns the
 * link's language, if it names one, and its own part (still encoded: the own tools' store reads
 * it, after the first render). Used at start-up (src/app/boot.ts) and for links pasted while the
 * results page is open.
 */
export function applySharedLink(raw: string): { lang: Lang | null; own: string | null } {
  const store = useStore.getState();
  const parsed = parseLink(raw, initialAnswers);
  const ignored = JSON.stringify(parsed.ignored);
  const told = store.notices.some((n) => 'ignored' in n && JSON.stringify(n.ignored) === ignored);
  // A link with answers ranks on the data it names, the report when it names none; a link with
  // only `data` (and `lang`) switches the data and keeps the saved answers.
  const dataSet = parsed.hasAnswers ? parsed.dataSet ?? 'report' : parsed.dataSet;
  if (dataSet && dataSet !== store.dataSet) store.setDataSet(dataSet);
  // The chosen tool travels like the data set: a link that names none keeps the saved one only when
  // it keeps the saved answers too. Whether the tool fits the answers is the results page's to say.
  const choice = parsed.hasAnswers ? parsed.choice : parsed.choice ?? store.choice;
  if (choice !== store.choice) store.setChoice(choice);
  if (parsed.hasAnswers && !sameAnswers(parsed.answers, store.answers)) {
    store.applyLink(parsed.answers, parsed.ignored, parsed.moreIgnored, parsed.sensitivity);
    return parsed;
  }
  // The answers stay (the link's equal them, or it has none): a sensitivity it names is kept as
  // the answer, without raising anything again.
  if (parsed.sensitivity && parsed.sensitivity !== store.sensitivity) store.noteSensitivity(parsed.sensitivity);
  if (parsed.ignored.length && !told) {
    store.addNotice({ kind: 'linkIgnored', ignored: parsed.ignored, moreIgnored: parsed.moreIgnored, partial: parsed.hasAnswers });
  }
  return parsed;
}
