/**
 * Publication dates as input formats give them → `YYYY-MM-DD`. The date is kept as written:
 * `2015-07-21T23:30:00+03:00` is 2015-07-21, not converted to UTC, since the outlet's local date
 * is the one the text refers to.
 */

/** Years accepted as publication dates; anything outside is a parsing accident. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/**
 * Epoch numbers at or above this are milliseconds, below it seconds: 1e11 s is the year 5138,
 * 1e11 ms is 1973, so the two ranges of plausible news dates do not meet.
 */
const EPOCH_MS_THRESHOLD = 1e11;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  const d = new Date(n >= EPOCH_MS_THRESHOLD ? n : n * 1000);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Parses a date given by an input format and returns `YYYY-MM-DD`, or null when unparseable.
 * Accepts ISO 8601 (`2015-07-21`, `2015-07-21T02:51:32Z`, `2015-07-21 02:51:32`, `2015/07/21`),
 * RFC 2822 (`Tue, 21 Jul 2015 02:51:32 GMT`), `July 21, 2015`, `21/07/2015` when the day is
 * unambiguous (> 12, or equal to the month), and epoch seconds or milliseconds (number or digits).
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s === '') return null;
  if (/^\d{9,13}(\.\d+)?$/.test(s)) return fromEpoch(Number(s));

  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));

  // RFC 2822 and friends: "Tue, 21 Jul 2015 …", "21 July 2015".
  m = /(?:^|[\s,])(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})\b/.exec(s);
  if (m) {
    const month = MONTHS[(m[2] as string).slice(0, 3).toLowerCase()];
    if (month) return ymd(Number(m[3]), month, Number(m[1]));
  }
  // "July 21, 2015", "Jul 21 2015".
  m = /(?:^|[\s,])([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = MONTHS[(m[1] as string).slice(0, 3).toLowerCase()];
    if (month) return ymd(Number(m[3]), month, Number(m[2]));
  }
  // Day-first numeric dates as Arabic sites write them; refused when day and month could swap.
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d])/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 || a === b) return ymd(Number(m[3]), b, a);
    if (b > 12) return ymd(Number(m[3]), a, b);
  }
  return null;
}
