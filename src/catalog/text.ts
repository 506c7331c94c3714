/**
 * The report's prose about each tool: facts from its chapter and the notes where text and table
 * disagree. A module of its own, so the table and the ranking load without it; it comes with a
 * tool's opened details, the memo and compare. Checked with the table by the build and the tests.
 */
import json from './report-2020-text.json';
import type { AnyToolId, ReportText, ToolId, ToolText } from './types';

const text = json as unknown as ReportText;
const byTool = new Map(text.tools.map(({ id, facts, notes }) => [id, { facts, notes }]));

/**
 * A tool's facts and notes. A tool from an own catalog has no chapter in the report: none.
 * @example toolText('zoom').notes.map((n) => n.id) // ['webVersion', 'dataInEuBySetting']
 */
export function toolText(id: AnyToolId): ToolText {
  return byTool.get(id as ToolId) ?? { facts: [], notes: [] };
}
