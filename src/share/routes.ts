import type { StepId } from '../wizard/questions';

/** The route table and href builders. The URL owns where you are; the store owns what was answered. */
export const paths = {
  start: '/',
  step: (id: StepId, opts: { returnTo?: 'check' } = {}) =>
    `/questions/${id}${opts.returnTo ? `?return=${opts.returnTo}` : ''}`,
  check: '/check',
  results: '/results',
  compare: (toolIds: readonly string[] = []) =>
    toolIds.length ? `/compare?tools=${toolIds.map(encodeURIComponent).join(',')}` : '/compare',
  table: '/table',
  about: '/about',
} as const;
