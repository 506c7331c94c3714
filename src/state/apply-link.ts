import type { Lang } from '../share/languages';
import { parseLink } from '../share/link';
import { initialAnswers, isBlank } from './persisted';
import { sameAnswers, useStore } from './store';

/**
 * Puts a shared link's answers, data set, sensitivity and choice into the store, once: a link that matches the current answers
 * changes nothing, and a list of ignored values already on screen is not repeated. A link never
 * writes into another client: answers other than the open client's open as a new, unnamed client,
 * unless the open one holds nothing yet (the notice then offers the way back). A link without
 * answers (only data set, choice, sensitivity or language) applies to the open client. Returns the
 * link's language, if it names one, and its own part (still encoded: the own tools' store reads
 * it, after the first render). Used at start-up (src/app/boot.ts) and for links pasted while the
 * results page is open.
 */
export function applySharedLink(raw: string): { lang: Lang | null; own: string | null } {
  const parsed = parseLink(raw, initialAnswers);
  const open = useStore.getState();
  const fresh = parsed.hasAnswers && !sameAnswers(parsed.answers, open.answers);
  const left = fresh && !isBlank(open) ? { id: open.id, name: open.client.name } : undefined;
  if (left) open.startClient();
  const store = useStore.getState();
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
  if (fresh) {
    store.applyLink(parsed.answers, parsed.ignored, parsed.moreIgnored, parsed.sensitivity, left);
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
