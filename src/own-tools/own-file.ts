/**
 * Own catalogs as files: the name an export gets, a download, and reading a chosen or dropped
 * file, capped before it is read.
 */
import { isOwnToolId, ownLimits, type OwnCatalog, type OwnTool } from '../catalog/own';
import type { OwnParse } from '../catalog/schema-own';
import { slug } from '../share/slug';

/**
 * A file name from the catalog's title and date: lower case, letters and digits, hyphens.
 * @example ownFileName({ title: 'Europese alternatieven', date: '2026-12-01' }) // 'europese-alternatieven-2026-12-01.json'
 */
export function ownFileName({ title, date }: Pick<OwnCatalog, 'title' | 'date'>): string {
  return `${slug(title, 60) || 'eigen-tools'}-${date}.json`;
}

/** The catalog as the file an export writes: JSON a person can read, which imports again unchanged. */
export const ownFileText = (catalog: OwnCatalog): string => `${JSON.stringify(catalog, null, 2)}\n`;

export { download } from '../components/download';

/**
 * Reads and checks a file a user chose or dropped: a file over the cap is refused before it is
 * read; the check itself (valibot) loads with the first file.
 */
export async function readOwnFile(file: Blob): Promise<OwnParse> {
  if (file.size > ownLimits.bytes) return { ok: false, problems: [{ code: 'tooLarge', at: {}, params: { max: ownLimits.bytes } }] };
  const [{ parseOwnCatalog }, text] = await Promise.all([import('../catalog/schema-own'), file.text()]);
  return parseOwnCatalog(text);
}

/** An id from a name that neither the list nor the report uses: "Jitsi As A Service" → "jitsi-as-a-service". */
export function idFor(name: string, taken: readonly string[]): string {
  const base = slug(name, 36) || 'tool';
  let id = base;
  for (let n = 2; taken.includes(id) || !isOwnToolId(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * A copy of a tool with an id the catalog does not use yet ("wire-2") and a name the caller gives.
 * @example copyOf(wire, ['wire'], 'Wire (copy)').id // 'wire-2'
 */
export function copyOf(tool: OwnTool, taken: readonly string[], name: string): OwnTool {
  return { ...structuredClone(tool), id: idFor(tool.id.replace(/-\d+$/, ''), taken), name: name.slice(0, ownLimits.text) };
}
