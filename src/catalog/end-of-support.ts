import type { ToolId } from './types';

/**
 * The tools whose end of support the report gives, as a tiny constant, so the question pages
 * can name them without loading the catalog. A test checks it against `report-2020.json`.
 * @example endsOfSupport[0].date // '2021-07-31'
 */
export const endsOfSupport: readonly { id: ToolId; name: string; date: string }[] = [
  { id: 'skype-for-business', name: 'Skype for Business', date: '2021-07-31' },
];
