/** Dates as the catalog writes them, checked without `Date`: the core stays deterministic. */

/**
 * True for a real calendar date written as YYYY-MM-DD.
 * @example isIsoDate('2021-07-31') // true; isIsoDate('2021-02-30') // false
 */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/**
 * True for a real date as YYYY-MM-DD, or a month as YYYY-MM (a fact known only to the month).
 * @example isUpdateDate('2020-12') // true; isUpdateDate('2020-13') // false
 */
export function isUpdateDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  return m ? Number(m[2]) >= 1 && Number(m[2]) <= 12 : isIsoDate(s);
}
