import { isToolId, toolIds, type AnyToolId } from '../catalog/types';

/** The most tools side by side: more columns would not fit a laptop screen or a printed page. */
export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;

export interface CompareSelection {
  /** Known tools, in the order of the link, without repeats, at most MAX_COMPARE. */
  ids: AnyToolId[];
  /** Ids in the link that are not tools, as written (repeats removed; at most 10, each cut at 40 characters). */
  unknown: string[];
  /** Known tools beyond the first MAX_COMPARE, which were dropped. */
  dropped: AnyToolId[];
}

/**
 * Reads the `tools` query values (`?tools=jitsi,webex`, or repeated `tools=`) into a selection.
 * Example: `parseToolsParam(['zoom,zoom,skype,jitsi'])` → ids [zoom, jitsi], unknown [skype].
 */
export function parseToolsParam(values: readonly string[], known: (id: string) => boolean = isToolId): CompareSelection {
  const ids: AnyToolId[] = [];
  const unknown: string[] = [];
  const dropped: AnyToolId[] = [];
  const parts = values.flatMap((v) => v.split(',')).map((p) => p.trim()).filter(Boolean);
  for (const part of parts) {
    if (!known(part)) {
      const shown = part.slice(0, 40);
      if (!unknown.includes(shown) && unknown.length < 10) unknown.push(shown);
    } else if (ids.includes(part) || dropped.includes(part)) {
      continue;
    } else if (ids.length < MAX_COMPARE) {
      ids.push(part);
    } else {
      dropped.push(part);
    }
  }
  return { ids, unknown, dropped };
}

/**
 * The selection after ticking or unticking one tool. Ticking past the maximum changes nothing
 * (the page disables the other boxes). The result keeps the catalog's order (the report's columns,
 * then own tools), so the same choice always gives the same link.
 */
export function toggleTool(ids: readonly AnyToolId[], id: AnyToolId, on: boolean, order: readonly AnyToolId[] = toolIds): AnyToolId[] {
  const next = new Set(ids);
  if (on && next.size < MAX_COMPARE) next.add(id);
  if (!on) next.delete(id);
  return order.filter((t) => next.has(t));
}
