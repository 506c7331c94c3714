import type { Catalog } from '../catalog/types';
import { prepare } from './context';
import { judgeTool } from './evaluate';
import { newRowTrie, rowFor } from './rows';
import type { Answers, ToolResult, Verdict } from './types';

/**
 * Judges every tool of the catalog against the company's answers and puts them in rank order:
 * eligible first, then score (high to low), then fewer unknowns among the criteria the company
 * cares about, then display name (code-unit order), then id. Same answers, same order.
 * Each result is a new object, but its `verdicts` and `blockers` arrays and the verdicts in
 * them are frozen and may be shared with other tools: copy them before changing anything.
 *
 * @example
 * const [first] = rank(reportCatalog, { ...defaultAnswers, hosting: 'self', importance: { e2e: 'nice', openSource: 'nice' } });
 * // first: { toolId: 'jitsi', eligible: true, score: 88, blockers: [], verdicts: [...18 verdicts] }
 * // (hosting must, met: 2; e2e nice, ✔³ conditional on your server: 0.5; open source nice, met: 1; 3.5 of 4)
 */
export function rank(catalog: Catalog, answers: Answers): ToolResult[] {
  const ctx = prepare(catalog, answers);
  const tools = catalog.tools;
  const n = tools.length;
  const trie = newRowTrie();
  const scratch = new Array<Verdict>(18);
  const results = new Array<ToolResult>(n);
  const keys = new Float64Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const tool = tools[i]!;
    const row = rowFor(trie, judgeTool(tool, ctx, scratch));
    keys[i] = row.key;
    order[i] = i;
    results[i] = { toolId: tool.id, eligible: row.eligible, score: row.score, verdicts: row.verdicts, blockers: row.blockers };
  }
  order.sort((a, b) => {
    const byKey = keys[a]! - keys[b]!;
    if (byKey !== 0) return byKey;
    // Names, then ids, in code-unit order (as `compareText`, inlined: this runs n log n times).
    const ta = tools[a]!;
    const tb = tools[b]!;
    if (ta.name !== tb.name) return ta.name < tb.name ? -1 : 1;
    if (ta.id !== tb.id) return ta.id < tb.id ? -1 : 1;
    return a - b;
  });
  const ranked = new Array<ToolResult>(n);
  for (let i = 0; i < n; i++) ranked[i] = results[order[i]!]!;
  return ranked;
}
