/**
 * Date values of the `from:` and `to:` filters: YYYY, YYYY-MM or YYYY-MM-DD (also with / or .
 * between the parts, and in Arabic-Indic or Persian digits), turned into inclusive day bounds:
 * `from:2015-07` starts on 2015-07-01 and `to:2015-07` ends on 2015-07-31.
 */
import { matchKey } from '../text/normalize.js';
import { queryError } from './ast.js';

/** Years outside this range are taken for typing mistakes. */
const MIN_YEAR = 1000;
const MAX_YEAR = 2999;
const DATE = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The inclusive `YYYY-MM-DD` bound a date filter value stands for: its first day for `from`,
 * its last day for `to`. `position` is where the value starts, for the error message.
 */
export function dateBound(value: string, bound: 'from' | 'to', position: number): string {
  // The match key turns ٢٠١٥ and ۲۰۱۵ into 2015.
  const m = DATE.exec(matchKey(value));
  if (!m) queryError(`${bound}: needs a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`, position);
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) queryError(`${bound}: year ${year} is out of range`, position);
  const month = m[2] === undefined ? (bound === 'from' ? 1 : 12) : Number(m[2]);
  if (month < 1 || month > 12) queryError(`${bound}: month ${m[2]} does not exist (1–12)`, position);
  const last = daysIn(year, month);
  const day = m[3] === undefined ? (bound === 'from' ? 1 : last) : Number(m[3]);
  if (day < 1 || day > last) {
    queryError(`${bound}: day ${m[3]} does not exist in ${year}-${pad(month)} (1–${last})`, position);
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}
