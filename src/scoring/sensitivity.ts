/**
 * How sensitive a company's calls are. Not part of `Answers`: it raises importances once, when
 * given (`suggestions.ts`); the user's own choices stand. Words: `wizard:sensitivity.*`.
 */

/** What calls discuss: ordinary work, confidential business information, or special-category personal data. */
export const sensitivities = ['everyday', 'confidential', 'special'] as const;
export type Sensitivity = (typeof sensitivities)[number];
