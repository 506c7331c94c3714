import { useTranslation } from 'react-i18next';
import type { OwnPlace, OwnProblem } from '../catalog/schema-own';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Where a problem is, in words: "Tool 3 (OpenTalk), row Open source, field “source”".
 * Indexes count from 1 for people; names and keys from the file are shown as text only.
 */
export function placeText({ tool, change, source, row, field }: OwnPlace, t: Translate): string {
  const parts: string[] = [];
  if (tool) parts.push(tool.name ? t('own:place.tool', { n: tool.index + 1, name: tool.name }) : t('own:place.toolNoName', { n: tool.index + 1 }));
  if (change) parts.push(t('own:place.change', { n: change.index + 1 }));
  if (source !== undefined) parts.push(t('own:place.source', { key: source }));
  if (row) parts.push(t('own:place.row', { row: t(`catalog:rows.${row}`) }));
  // A field this format names is said in words ("field “provider”"); another, from the file, as written.
  if (field) parts.push(t('own:place.field', { field: t(`own:fields.${field}`, { defaultValue: field }) }));
  // A field at the top of the file belongs to the list as a whole.
  if (field && parts.length === 1) parts.unshift(t('own:place.list'));
  return parts.length ? parts.join(', ') : t('own:place.file');
}

/** One problem in words: "Tool 3 (OpenTalk), row Open source: a source is missing". */
export function problemText(problem: OwnProblem, t: Translate): string {
  return t('own:place.line', { place: placeText(problem.at, t), problem: t(`own:problems.${problem.code}`, problem.params) });
}

/** Why a file was refused: every problem at its place, as an alert that takes focus. */
export function ImportProblems({ problems, max }: { problems: readonly OwnProblem[]; max: number }) {
  const { t } = useTranslation(['own', 'catalog']);
  const loose = t as unknown as Translate;
  return (
    <>
      <p>{t('own:import.refusedBody')}</p>
      <ul className="own-problems" data-own-problems>
        {problems.map((p, i) => <li key={i}>{problemText(p, loose)}</li>)}
      </ul>
      {problems.length >= max ? <p>{t('own:import.moreProblems', { count: problems.length })}</p> : null}
    </>
  );
}
