import json from '../../src/catalog/report-2020.json';
import textJson from '../../src/catalog/report-2020-text.json';
import { joinReport, parseCatalog } from '../../src/catalog/schema';

/** The table's file with the text file's facts and notes put in, as the schema checks it. */
export const fullJson = joinReport(json, textJson) as ReturnType<typeof structuredClone<typeof json>> & { tools: Record<string, unknown>[] };

/** The whole report, checked: every tool with its cells, facts and notes. */
export const fullCatalog = parseCatalog(fullJson);
