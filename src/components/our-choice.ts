import type { ToolResult } from '../scoring/types';

/**
 * How the memo's choice came about: the consultant marked it, nobody marked one (the first
 * eligible tool), or the marked tool does not fit these answers (the first eligible tool again).
 */
export type ChoiceSource = 'marked' | 'first' | 'fellBack';

export interface OurChoice {
  result: ToolResult;
  source: ChoiceSource;
  /** The marked tool that does not fit, when the choice fell back. */
  marked: string | null;
}

/**
 * "Our choice" for these results: the marked tool when it is eligible, otherwise the first
 * eligible one; null when no tool is eligible. The stored mark is never changed here, so a
 * choice that stops fitting comes back once the answers fit it again.
 * @example ourChoice('signal', eligible).source // 'marked', or 'fellBack' when Signal is not eligible
 */
export function ourChoice(choice: string | null, eligible: readonly ToolResult[]): OurChoice | null {
  const first = eligible[0];
  if (!first) return null;
  const marked = choice ? eligible.find((r) => r.toolId === choice) : undefined;
  if (marked) return { result: marked, source: 'marked', marked: choice };
  return { result: first, source: choice ? 'fellBack' : 'first', marked: choice };
}
