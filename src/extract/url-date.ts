// A publication date written in a page's URL: /2023/1/16/, /2023/01/16/, /2023-02-24-…,
// /20230224/, or a query parameter named for a date (?cdate=01012026). Strict: the year must be
// plausible (1995 to this year) and the day not after `now`; a number that is an id (longer digit
// runs, an invalid month or day) is no date.
import { isValid, type YMD } from '../time/calendar.js';

const FIRST_YEAR = 1995;

function plausible(d: YMD, now: Date): boolean {
  if (!isValid(d) || d.y < FIRST_YEAR) return false;
  return Date.UTC(d.y, d.m - 1, d.d) <= now.getTime() + 86_400_000;
}

const iso = (d: YMD) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

export function dateFromUrl(url: string, now: Date = new Date()): { value: string; text: string } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const path = decodeURIComponentSafe(u.pathname);
  const tries: [RegExp, (m: RegExpExecArray) => YMD][] = [
    // /2023/1/16/ or /2023/01/16 at the end of the path
    [/\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|\.|-|_)/, (m) => ({ y: +m[1], m: +m[2], d: +m[3] })],
    // 2023-02-24 or 2023_02_24 inside a segment
    [/(?<![\d])((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?!\d)/, (m) => ({ y: +m[1], m: +m[2], d: +m[3] })],
    // 20230224 standing alone between separators
    [/(?<=[/\-_.]|^)((?:19|20)\d{2})(\d{2})(\d{2})(?=[/\-_.]|$)/, (m) => ({ y: +m[1], m: +m[2], d: +m[3] })],
  ];
  for (const [re, ymd] of tries) {
    const m = re.exec(path);
    if (!m || categoryStamp(path, m.index + m[0].length)) continue;
    const d = ymd(m);
    if (plausible(d, now)) return { value: iso(d), text: m[0].replace(/^\//, '') };
  }
  for (const [name, v] of u.searchParams) {
    if (!/date/i.test(name)) continue;
    const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(v) ?? null;
    const ymd =
      m && +m[1] >= FIRST_YEAR
        ? { y: +m[1], m: +m[2], d: +m[3] }
        : /^(\d{2})(\d{2})(\d{4})$/.exec(v)
          ? dmy(v)
          : null;
    if (ymd && plausible(ymd, now)) return { value: iso(ymd), text: `${name}=${v}` };
  }
  return null;
}

/**
 * A date-time alias of a folder ("/2013-03-05-21-25-8/5836-….html", Joomla's category aliases)
 * dates the category, not the article; in the last segment it is the article's own.
 */
function categoryStamp(path: string, end: number): boolean {
  return /^-\d{1,2}-\d{1,2}/.test(path.slice(end)) && path.indexOf('/', end) >= 0;
}

/** DDMMYYYY, or MMDDYYYY when the first reading is no date. */
function dmy(v: string): YMD | null {
  const a = { y: +v.slice(4), m: +v.slice(2, 4), d: +v.slice(0, 2) };
  if (isValid(a)) return a;
  const b = { y: +v.slice(4), m: +v.slice(0, 2), d: +v.slice(2, 4) };
  return isValid(b) ? b : null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
