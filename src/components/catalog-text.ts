import type { AnyToolId } from '../catalog/types';

// Fact and note ids are data (from the catalog), so their keys cannot be checked at compile
// time; tests/results assert that every fact and note of the catalog has wording in both languages.
type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** The wording of a tool's fact or note: `tools:<toolId>.<facts|notes>.<id>`. */
export function catalogToolText(
  // Any i18next `t` that has the `tools` namespace loaded.
  t: (...args: never[]) => unknown,
  toolId: AnyToolId,
  kind: 'facts' | 'notes',
  id: string,
  params?: Record<string, string>,
): string {
  return (t as unknown as LooseT)(`tools:${toolId}.${kind}.${id}`, params);
}

/** The one sentence of an update since the report: `updates:items.<id>` (ids are data, like facts). */
export function updateText(t: (...args: never[]) => unknown, id: string): string {
  return (t as unknown as LooseT)(`updates:items.${id}`);
}

/**
 * The short form of a change that concerns several tools (`updates:short.<id>`), for the memo,
 * which prints such changes once, in one sentence. A test checks that each has one.
 * @example updateShort(t, 'privacyShieldInvalidated') // 'the EU Court of Justice struck down the Privacy Shield'
 */
export function updateShort(t: (...args: never[]) => unknown, id: string): string {
  return (t as unknown as LooseT)(`updates:short.${id}`);
}
