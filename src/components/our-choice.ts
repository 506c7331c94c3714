import type { ToolResult } from '../scoring/types';

export interface OurChoice {
  /** The chosen tool's result; null when none is marked, or the marked one does not fit. */
  result: ToolResult | null;
  /** The marked tool's id (kept while it does not fit, so it comes back when it does); null when none is marked. */
  marked: string | null;
}

/**
 * The chosen tool for these results: the marked one, when it fits. No tool is chosen until the
 * user marks one, so ties are never settled by the alphabet. The stored mark is never changed
 * here: a mark that stops fitting comes back once the answers fit it again.
 * @example ourChoice('signal', eligible) // { result: <Signal's>, marked: 'signal' }, or { result: null, marked: 'signal' } when it does not fit
 */
export function ourChoice(choice: string | null, eligible: readonly ToolResult[]): OurChoice {
  return { result: (choice && eligible.find((r) => r.toolId === choice)) || null, marked: choice };
}
