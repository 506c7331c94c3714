/**
 * The route table and href builders, low enough for every feature to import. The URL owns
 * where you are; the store owns what was answered.
 */

/**
 * The question pages, in the order they are asked. What each asks lives in `wizard/questions.ts`.
 * How sensitive the calls are comes first, as in the Dutch data protection authority's own aid.
 */
export const stepIds = ['sensitivity', 'participants', 'hosting', 'budget', 'features', 'privacy', 'gdpr', 'security', 'discontinued'] as const;
export type StepId = (typeof stepIds)[number];

export function isStepId(value: string | undefined): value is StepId {
  return value !== undefined && (stepIds as readonly string[]).includes(value);
}

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
  /** The changes since the report; `tool` filters them. */
  updates: '/updates',
  updatesFor: (toolId: string) => `/updates?tool=${encodeURIComponent(toolId)}`,
  /** A consultant's own tools: import, export, the list and its table. */
  ownTools: '/own-tools',
  /** A consultant's clients: open, start, rename, duplicate, delete, import; and present mode. */
  clients: '/clients',
} as const;
