import { getTool, reportCatalog } from '../../src/catalog';
import type { Catalog, Tool, ToolId } from '../../src/catalog';
import { defaultAnswers, rank } from '../../src/scoring';
import type { Answers, CriterionId, Importance, ToolResult, Verdict, VerdictCriterion } from '../../src/scoring';
import { criterionIds } from '../../src/scoring';
import fc from 'fast-check';

/** Default answers with some changed (importance replaced, not merged). */
export const answers = (over: Partial<Answers> = {}): Answers => ({ ...defaultAnswers, importance: {}, ...over });

/** One tool's result under the answers, on the real catalog unless another is given. */
export function resultOf(toolId: string, a: Answers, catalog: Catalog = reportCatalog): ToolResult {
  const result = rank(catalog, a).find((r) => r.toolId === toolId);
  if (result === undefined) throw new Error(`no tool ${toolId}`);
  return result;
}

/** One verdict of one tool. */
export function verdictOf(toolId: string, criterion: VerdictCriterion, a: Answers, catalog?: Catalog): Verdict {
  const v = resultOf(toolId, a, catalog).verdicts.find((x) => x.criterion === criterion);
  if (v === undefined) throw new Error(`no verdict ${criterion}`);
  return v;
}

/** Ids in rank order, and the eligible ones. */
export const order = (a: Answers, catalog: Catalog = reportCatalog): string[] => rank(catalog, a).map((r) => r.toolId);
export const eligibleIds = (a: Answers, catalog: Catalog = reportCatalog): string[] =>
  rank(catalog, a).filter((r) => r.eligible).map((r) => r.toolId);

/** A copy of a real tool, changed; `id` (and `name`) may be made up for synthetic catalogs. */
export function variant(of: ToolId, change: (tool: Tool) => void, id?: string, name?: string): Tool {
  const tool = structuredClone(getTool(reportCatalog, of));
  if (id !== undefined) tool.id = id as ToolId;
  if (name !== undefined) tool.name = name;
  change(tool);
  return tool;
}

/** The real catalog with other tools. */
export const catalogWith = (tools: Tool[]): Catalog => ({ ...reportCatalog, tools });

/** Any answers a person could give: 2..`maxParticipants` people, every option, any subset of criteria weighed. */
export const anyAnswers = (maxParticipants: number): fc.Arbitrary<Answers> => fc.record({
  participants: fc.integer({ min: 2, max: maxParticipants }),
  hosting: fc.constantFrom('self', 'either', 'cloud'),
  budget: fc.constantFrom('free-only', 'free-preferred', 'paid-ok'),
  includeDiscontinued: fc.boolean(),
  importance: fc.record(
    Object.fromEntries(criterionIds.map((id) => [id, fc.constantFrom<Importance>('ignore', 'nice', 'must')])) as Record<CriterionId, fc.Arbitrary<Importance>>,
    { requiredKeys: [] },
  ),
});
