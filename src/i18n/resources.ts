import type common from '../../locales/en/common.json';
import type start from '../../locales/en/start.json';
import type wizard from '../../locales/en/wizard.json';
import type results from '../../locales/en/results.json';
import type relax from '../../locales/en/relax.json';
import type sharing from '../../locales/en/sharing.json';
import type compare from '../../locales/en/compare.json';
import type catalog from '../../locales/en/catalog.json';
import type tools from '../../locales/en/tools.json';
import type memo from '../../locales/en/memo.json';
import type about from '../../locales/en/about.json';
import type notices from '../../locales/en/notices.json';
import type storage from '../../locales/en/storage.json';
import type updates from '../../locales/en/updates.json';
import type offline from '../../locales/en/offline.json';
import type checklist from '../../locales/en/checklist.json';
import type details from '../../locales/en/details.json';
import type format from '../../locales/en/format.json';
import type settle from '../../locales/en/settle.json';
import type unreadable from '../../locales/en/unreadable.json';
import type own from '../../locales/en/own.json';
import type clients from '../../locales/en/clients.json';

/** English is the type source of the keys; a test asserts Dutch has exactly the same keys. */
export interface Resources {
  common: typeof common;
  start: typeof start;
  wizard: typeof wizard;
  results: typeof results;
  relax: typeof relax;
  sharing: typeof sharing;
  compare: typeof compare;
  catalog: typeof catalog;
  tools: typeof tools;
  memo: typeof memo;
  about: typeof about;
  notices: typeof notices;
  storage: typeof storage;
  updates: typeof updates;
  offline: typeof offline;
  checklist: typeof checklist;
  details: typeof details;
  format: typeof format;
  settle: typeof settle;
  unreadable: typeof unreadable;
  own: typeof own;
  clients: typeof clients;
}
