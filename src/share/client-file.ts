/**
 * A client's decision record as a file: what was answered, what the ranking said, and what it
 * rests on, readable by a person and importable again (`client-schema.ts` checks it at the door).
 * Pure: the caller passes the moment, the app's version and the ranking.
 */
import type { OwnCatalog } from '../catalog/own';
import type { CellChange, DataSet } from '../catalog/types';
import type { Sensitivity } from '../scoring/sensitivity';
import type { Answers, ToolResult, VerdictSource } from '../scoring/types';
import type { Lang } from './languages';
import { slug } from './slug';

export const clientFormat = 'videobelwijzer-client';
/** This file format's version. A newer one is refused on import, with a message; an older one is read through its migration. */
export const clientFileVersion = 1;
/** Bigger files are refused before they are read: a client with the largest own catalogs stays far below. */
export const maxClientFileBytes = 2_000_000;

/** One verdict, as codes: the criterion, how it came out, why, and the source it rests on. */
export interface VerdictCode {
  criterion: string;
  importance: string;
  status: string;
  reason: string;
  footnotes?: number[];
  /** `report:table`, `report:text:<section>`, `update:<id>` or `own:<source key>`. */
  source?: string;
}

export interface ClientFile {
  format: typeof clientFormat;
  version: number;
  /** A sentence for the person who opens the file, in the language it was exported in. */
  about: string;
  app: { name: 'Videobelwijzer'; version: string };
  exportedAt: string;
  lang: Lang;
  client: { name: string; notes: string };
  answers: Answers;
  sensitivity: Sensitivity | null;
  /** The data the ranking used: the report as published (2020), or with the changes known up to `date`. */
  dataSet: { id: DataSet; date: string };
  choice: string | null;
  /** What the advice rests on: the report, and on current data each change applied, with its date. */
  basis: {
    report: { title: string; publisher: string; year: number };
    changes: { id: string; date: string; tools: string[]; publisher: string }[];
  };
  ranking: {
    /** The tools that share the first place, in the ranking's order. */
    topGroup: string[];
    /** Whose verdicts follow: the marked tool when one is, else the top group. */
    verdictsOf: string[];
    verdicts: Record<string, VerdictCode[]>;
  };
  /** Copies of the own catalogs the ranking included; they are not otherwise part of a client. */
  ownTools: OwnCatalog[];
}

export const reportBasis = {
  title: 'Videoconferencing tools – Een leidraad naar een veilige keuze',
  publisher: 'Grant Thornton',
  year: 2020,
} as const;

const sourceCode = (source: VerdictSource | undefined): string | undefined => {
  if (!source) return undefined;
  if (source.kind === 'report') return source.part === 'table' ? 'report:table' : `report:text:${source.section}`;
  return `${source.kind}:${source.id}`;
};

/** A verdict as the file writes it. */
export function verdictCode(v: ToolResult['verdicts'][number]): VerdictCode {
  const code: VerdictCode = { criterion: v.criterion, importance: v.importance, status: v.status, reason: v.reason };
  if (v.footnotes.length) code.footnotes = v.footnotes;
  const source = sourceCode(v.source);
  if (source) code.source = source;
  return code;
}

export interface ClientFileInput {
  state: { answers: Answers; sensitivity: Sensitivity | null; dataSet: DataSet; choice: string | null; client: { name: string; notes: string } };
  lang: Lang;
  about: string;
  appVersion: string;
  exportedAt: string;
  /** The date of the newest change known (current data). */
  latestChange: string;
  /** The changes to cells the current data applies; ignored on the report. */
  changes: readonly CellChange[];
  /** The ranking, in order, and the tools sharing the first place. */
  results: readonly ToolResult[];
  top: readonly ToolResult[];
  ownTools: readonly OwnCatalog[];
}

/**
 * The decision record for a client.
 * @example clientFile({ state, lang: 'nl', … }).ranking.topGroup // ['jitsi', 'signal']
 */
export function clientFile(input: ClientFileInput): ClientFile {
  const { state } = input;
  const marked = state.choice ? input.results.find((r) => r.toolId === state.choice) : undefined;
  const verdictsOf = marked ? [marked] : input.top;
  return {
    format: clientFormat,
    version: clientFileVersion,
    about: input.about,
    app: { name: 'Videobelwijzer', version: input.appVersion },
    exportedAt: input.exportedAt,
    lang: input.lang,
    client: { ...state.client },
    answers: state.answers,
    sensitivity: state.sensitivity,
    dataSet: { id: state.dataSet, date: state.dataSet === 'report' ? String(reportBasis.year) : input.latestChange },
    choice: state.choice,
    basis: {
      report: { ...reportBasis },
      changes: state.dataSet === 'report' ? [] : input.changes.map((c) => ({ id: c.id, date: c.date, tools: [...c.tools], publisher: c.source.publisher })),
    },
    ranking: {
      topGroup: input.top.map((r) => r.toolId),
      verdictsOf: verdictsOf.map((r) => r.toolId),
      verdicts: Object.fromEntries(verdictsOf.map((r) => [r.toolId, r.verdicts.map(verdictCode)])),
    },
    ownTools: [...input.ownTools],
  };
}

/** The file's text: indented JSON a person can read, which imports again unchanged. */
export const clientFileText = (file: ClientFile): string => `${JSON.stringify(file, null, 2)}\n`;

/**
 * A file name from the client's name and the day: lower case, letters, digits and hyphens.
 * @example clientFileName('Huisartsenpraktijk Jansen', '2026-12-07T10:00:00Z') // 'videobelwijzer-huisartsenpraktijk-jansen-2026-12-07.json'
 */
export function clientFileName(name: string, at: string): string {
  const named = slug(name, 60);
  return `videobelwijzer-${named ? `${named}-` : ''}${at.slice(0, 10)}.json`;
}
