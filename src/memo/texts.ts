import type { Namespace } from '../i18n/namespaces';

/**
 * Every namespace the printed memo's parts read. They must all be loaded before printing starts:
 * inside `beforeprint` nothing may load (src/app/deferred-memo.tsx). The print tests press Print
 * once on a results page that loaded none of them, so a namespace missing here fails them.
 */
export const memoTexts: readonly Namespace[] = ['memo', 'common', 'catalog', 'results', 'wizard', 'tools', 'updates', 'checklist', 'format', 'settle', 'own'];
