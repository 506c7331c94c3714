/**
 * Locale namespaces, one JSON file each under locales/<lang>/. `common` is loaded with
 * the first screen; the others load with the pages that need them, so the first load stays small.
 * `start` holds the start page's texts, which no other page needs.
 * `relax` (the loosenings) and `sharing` (the share and memo panels) load with those parts of
 * the results page, once its ranking shows.
 * `tools` holds each tool's facts and notes, loaded once a card is opened; `details` the headings
 * and notes around them, with them.
 * `updates` holds the changes since the report, loaded with the parts and the page that show them.
 * `notices` loads only when there is something to tell about a shared link; `unreadable`, what
 * is said about a link that could not be read in full, only with such a link. `storage` holds what
 * is said about the saved answers: their notices (unreadable, repaired, from a newer version, not
 * kept) and "Delete this client", so it loads with such a notice or, once idle, with that button.
 * `offline` loads only when a new version of the app is ready (the offline copy's update notice).
 * `checklist` ("before you start") loads when a checklist is opened, and with compare and the memo.
 * `format` holds the words numbers, dates and lists are written in (src/i18n/format.ts): it loads
 * with every page that shows one, which the start page does not.
 * `settle` holds what settles the top of the results: what sets tied tools apart, and how firm a
 * lone leader is. It loads with that part, once the first screen is up, and with the memo.
 * `own` holds a consultant's own tools: their page, the checks of their files, and how a ranking
 * names them. It loads with that page, and with the own catalog's store (`loadOwn`).
 * `clients` holds a consultant's clients: their page, the header's switch and present mode, and the
 * export and import of a client's file. It loads with that page, and once idle with the header's part.
 */
export const namespaces = ['common', 'start', 'wizard', 'results', 'relax', 'sharing', 'compare', 'catalog', 'tools', 'memo', 'about', 'notices', 'storage', 'updates', 'offline', 'checklist', 'details', 'format', 'settle', 'unreadable', 'own', 'clients'] as const;
export type Namespace = (typeof namespaces)[number];
