import type { Lang } from '../share/languages';
import { MAX_PARTICIPANTS, MIN_PARTICIPANTS } from '../share/limits';

export type ParticipantsError = 'empty' | 'notANumber' | 'notWhole' | 'ambiguous' | 'tooSmall' | 'tooLarge';
export type ParticipantsResult = { ok: true; value: number } | { ok: false; error: ParticipantsError };

interface Separators {
  group: string;
  decimal: string;
}

const separators: Record<Lang, Separators> = {
  nl: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

// Spaces people type or paste between groups of digits: space, no-break, figure, thin, narrow no-break.
const spaces = ' \u00a0\u2007\u2009\u202f';

const escape = (s: string) => s.replace(/[.\\]/g, '\\$&');

/** A whole number with optional grouping, e.g. "1.000.000" or "1 000" in Dutch. */
function integerShape({ group }: Separators): RegExp {
  return new RegExp(`^(?:\\d{1,3}(?:[${escape(group)}${spaces}]\\d{3})+|\\d+)$`);
}

/** A number with optional grouping and an optional fraction, e.g. "1.000,5" in Dutch. */
function numberShape({ group, decimal }: Separators): RegExp {
  return new RegExp(`^(?:\\d{1,3}(?:[${escape(group)}${spaces}]\\d{3})+|\\d+)(?:${escape(decimal)}\\d+)?$`);
}

/**
 * Reads the size of the largest meeting as a person types it, in the conventions of `lang`:
 * Dutch groups thousands with '.' and writes decimals with ','; English the other way round.
 * Spaces may group thousands in both. A form that the other language reads as a different
 * number (Dutch "1,000", English "1.000") is `ambiguous`: we ask for the number without separators.
 *
 * @example parseParticipants('1.000', 'nl') // { ok: true, value: 1000 }
 * @example parseParticipants('1,000', 'nl') // { ok: false, error: 'ambiguous' }
 * @example parseParticipants('1,5', 'nl')   // { ok: false, error: 'notWhole' }
 */
export function parseParticipants(text: string, lang: Lang): ParticipantsResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'empty' };

  const sign = /^[-\u2212+]/.exec(trimmed)?.[0];
  const body = sign ? trimmed.slice(1).trimStart() : trimmed;
  const own = separators[lang];
  const other = separators[lang === 'nl' ? 'en' : 'nl'];

  if (!numberShape(own).test(body)) {
    return { ok: false, error: numberShape(other).test(body) ? 'ambiguous' : 'notANumber' };
  }
  const hasFraction = body.includes(own.decimal);
  // "1,000" is one (with decimals) in Dutch but a thousand in English: ask rather than guess.
  if (hasFraction && integerShape(other).test(body)) return { ok: false, error: 'ambiguous' };
  if (hasFraction) return { ok: false, error: 'notWhole' };

  const magnitude = Number(body.replace(/\D/g, ''));
  const value = sign === '-' || sign === '\u2212' ? -magnitude : magnitude;
  if (value < MIN_PARTICIPANTS) return { ok: false, error: 'tooSmall' };
  if (value > MAX_PARTICIPANTS) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}
