import { paths, stepIds, type StepId } from '../share/routes';

/** Where a question page was opened from: `?return=check` means "from Check your answers". */
export function returnsToCheck(search: URLSearchParams): boolean {
  return search.get('return') === 'check';
}

/** 1-based position of a step, for "Question 3 of 8". */
export function stepNumber(id: StepId): number {
  return stepIds.indexOf(id) + 1;
}

/** After Continue: the next step, or Check your answers after the last step or a Change link. */
export function nextHref(id: StepId, toCheck: boolean): string {
  const next = stepIds[stepIds.indexOf(id) + 1];
  return toCheck || next === undefined ? paths.check : paths.step(next);
}

/** The back link: the previous step, the start page from the first, or Check your answers after a Change link. */
export function backHref(id: StepId, toCheck: boolean): string {
  if (toCheck) return paths.check;
  const previous = stepIds[stepIds.indexOf(id) - 1];
  return previous ? paths.step(previous) : paths.start;
}

/** The last question, where the back link of Check your answers leads. */
export const lastStep: StepId = stepIds[stepIds.length - 1]!;
