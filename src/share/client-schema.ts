/**
 * The check at the door of a client's file (`client-file.ts`): valibot, loaded only with the
 * Clients page's import. A file is taken whole or refused whole, with one problem as a code and,
 * for a field, where it is; nothing saved changes before it passes. The ranking in the file is
 * not read back: the app ranks the answers afresh, so a file cannot claim a ranking.
 */
import * as v from 'valibot';
import { checkOwnCatalog } from '../catalog/schema-own';
import type { OwnCatalog } from '../catalog/own';
import { dataSets } from '../catalog/types';
import { sensitivities } from '../scoring/sensitivity';
import { budgets, criterionIds, hostings, importances, type Answers } from '../scoring/types';
import { clientFileVersion, clientFormat, maxClientFileBytes } from './client-file';
import { languages } from './languages';
import { MAX_PARTICIPANTS, MIN_PARTICIPANTS } from './limits';

/** What is wrong with a file, as a code; the UI words each at `clients:problems.<code>`. */
export type ClientFileProblem = 'tooLarge' | 'notJson' | 'notClientFile' | 'newerVersion' | 'invalid' | 'ownTools';

/** What a file gives: the client, ready to be saved, and the own catalogs its ranking used. */
export interface ClientImport {
  /** The language it was exported in; the import shows the client in it. */
  lang: (typeof languages)[number] | null;
  answers: Answers;
  sensitivity: (typeof sensitivities)[number] | null;
  dataSet: (typeof dataSets)[number];
  choice: string | null;
  client: { name: string; notes: string };
  exportedAt: string;
  ownTools: OwnCatalog[];
}

export type ClientParse = { ok: true; value: ClientImport } | { ok: false; problem: ClientFileProblem; at?: string };

const time = v.pipe(v.string(), v.isoTimestamp());
const importance = v.record(v.picklist(criterionIds), v.picklist(importances));

const fileSchema = v.object({
  format: v.literal(clientFormat),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: time,
  lang: v.optional(v.picklist(languages)),
  client: v.object({ name: v.pipe(v.string(), v.maxLength(100)), notes: v.pipe(v.string(), v.maxLength(1000)) }),
  answers: v.object({
    participants: v.pipe(v.number(), v.integer(), v.minValue(MIN_PARTICIPANTS), v.maxValue(MAX_PARTICIPANTS)),
    hosting: v.picklist(hostings),
    budget: v.picklist(budgets),
    includeDiscontinued: v.boolean(),
    importance: v.pipe(importance, v.transform((given) => Object.fromEntries(Object.entries(given).filter(([, level]) => level !== 'ignore')))),
  }),
  sensitivity: v.nullable(v.picklist(sensitivities)),
  dataSet: v.object({ id: v.picklist(dataSets), date: v.string() }),
  choice: v.nullable(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/))),
  ownTools: v.optional(v.array(v.unknown()), []),
});

/**
 * Reads a file's text: its size first, then JSON, its format and version, then every field.
 * @example parseClientFile('{"format":"videobelwijzer-client","version":9}') // { ok: false, problem: 'newerVersion' }
 */
export function parseClientFile(text: string): ClientParse {
  if (new Blob([text]).size > maxClientFileBytes) return { ok: false, problem: 'tooLarge' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== clientFormat) return { ok: false, problem: 'notClientFile' };
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > clientFileVersion) return { ok: false, problem: 'newerVersion' };
  const result = v.safeParse(fileSchema, raw);
  if (!result.success) return { ok: false, problem: 'invalid', at: v.getDotPath(result.issues[0]) ?? undefined };
  const file = result.output;
  const ownTools: OwnCatalog[] = [];
  for (const [index, catalog] of file.ownTools.entries()) {
    const checked = checkOwnCatalog(catalog);
    if (!checked.ok) return { ok: false, problem: 'ownTools', at: `ownTools.${index}` };
    ownTools.push(checked.catalog);
  }
  return {
    ok: true,
    value: {
      lang: file.lang ?? null,
      answers: file.answers as Answers,
      sensitivity: file.sensitivity,
      dataSet: file.dataSet.id,
      choice: file.choice,
      client: file.client,
      exportedAt: file.exportedAt,
      ownTools,
    },
  };
}
