// Article metadata read from the lines around the body: headline, datelines, credit lines
// ("الغربية – متابعة معاذ الراوي – 8 – فبراير – 2020"), source credits ("المصدر | …"),
// donation appeals that name the outlet ("ادعم …"), and author bio blocks.
import type { Extraction, Field, Span } from '../types.js';
import { lettersOnly, normalize } from '../arabic/normalize.js';
import { findTimes } from '../time/index.js';
import type { Line } from './lines.js';
import { furnitureRules } from './furniture.js';
import { lexicon } from '../time/lexicon.js';
import { readDateLine } from './date-lines.js';
import { looksLikePersonName } from '../arabic/names.js';

type Published = NonNullable<Extraction['published']>;

/**
 * The headline among the lines before the body: the first line of four words or more (then three)
 * that is not a dateline, a masthead label or Latin page debris; when the page repeats it, the
 * richest variant (the one that kept «» or quotes).
 */
export function pickTitle(header: Line[]): { line: Line; method: string } | null {
  const arabicPage = header.some((h) => /[\u0600-\u06FF]/.test(h.text));
  // Candidates are read lazily: a header may hold hundreds of lines, the headline is among the first.
  const ok = new Map<Line, boolean>();
  const candidate = (l: Line) => {
    let v = ok.get(l);
    if (v === undefined) ok.set(l, (v = !(arabicPage && /^[\x00-\x7F]*$/.test(l.text)) && !parseDateline(l)));
    return v;
  };
  const first =
    header.find((l) => l.words >= 4 && candidate(l)) ?? header.find((l) => l.words >= 3 && candidate(l));
  if (!first) return null;
  const key = lettersOnly(first.text);
  const variants = header.filter((l) => lettersOnly(l.text) === key && candidate(l));
  if (variants.length > 1)
    return {
      line: variants.reduce((a, b) => (b.text.length > a.text.length ? b : a)),
      method: 'repeated-header-line',
    };
  return { line: first, method: 'first-header-line' };
}

/** A line that gives a full date and little else, or a date after a cue ("نشر في", "آخر تحديث"): a dateline. */
export function parseDateline(line: Line): Published | null {
  if (line.words > 14) return null;
  const r = readDateLine(line);
  if (!r || !(r.bare || r.cue)) return null;
  return { value: r.value, source: { method: 'dateline', span: r.span }, sourceText: r.text };
}

// A dash with space on at least one side ("الدار البيضاء- رضا"), a tatweel used as a dash ("بغداد ـ أ ش أ"), a bar.
const SEP = /\s+[–—\-|ـ]\s+|(?<=\p{L})[–—\-]\s+|\s+[–—\-](?=\p{L})|\s*\|\s*/u;

function isDatePart(seg: string): boolean {
  const n = normalize(seg);
  const L = lexicon();
  return (
    /^\d{1,4}$/.test(n) ||
    L.gregorianMonths.has(n) ||
    L.weekdays.has(n) ||
    findTimes(seg).expressions.some((e) => e.derivation === 'explicit')
  );
}

function bylineName(seg: string): string | null {
  const n = normalize(seg);
  for (const w of furnitureRules().bylineWords) {
    if (n.startsWith(w + ' ') || n.startsWith(w + ':')) {
      // As many words as the cue has ("written by"), a colon touching the last ("by:Elise Nass").
      const k = w.split(' ').length;
      return seg.replace(new RegExp(`^(?:[^\\s:]+\\s+){${k - 1}}[^\\s:]+(\\s*:)?\\s*`, 'u'), '').trim();
    }
  }
  return null;
}

/** A line that is only a byline: "بقلم: سامر الخطيب", "كتب - محمد علي". */
export function parseBylineLine(line: Line): Field<string> | null {
  if (line.words > 7) return null;
  // "د. نادر علي", "الدكتور …": a titled name alone on a line signs the article.
  const titled = /^(?:د\.|د\s|الدكتور|الدكتورة|أ\.\s*د\.|أ\.)\s*([\p{L}][\p{L}\s]{2,40})$/u.exec(line.text);
  if (titled && line.words <= 5) {
    const start = line.span.start;
    return {
      value: line.text.trim(),
      source: { method: 'byline-titled-name', span: { start, end: line.span.end } },
    };
  }
  // The byline word may follow a date on the same meta line ("2020-02-08 بقلم: معاذ الراوي").
  const words = line.text.replace(/^\s*[-–—]\s*/, '').split(/\s+/);
  let name: string | null = null;
  for (let k = 0; k < words.length && name === null; k++) name = bylineName(words.slice(k).join(' '));
  const clean = name?.replace(/^[-–—:\s]+/, '').trim();
  if (!clean || isStaffByline(clean) || /\d/.test(clean)) return null;
  const start = line.span.end - clean.length;
  return { value: clean, source: { method: 'byline', span: { start, end: line.span.end } } };
}

/** A masthead line above the headline that names a news site: "بوابة النيل الإخبارية", "صحيفة الغد". */
export function outletFromMasthead(line: Line): Field<string> | null {
  if (line.words > 4 || /\d/.test(line.text)) return null;
  if (
    !/(?:^|\s)(?:بوابة|موقع|صحيفة|جريدة|وكالة|قناة|شبكة|نيوز|الإخبارية|الاخبارية|الإخباري|news|post|times)(?:\s|$)/iu.test(
      line.text,
    )
  )
    return null;
  return { value: line.text.trim(), source: { method: 'masthead', span: line.span } };
}

/** A reporter named at the start of the lead: "أحمد جودة - القاهرة - جرى اتصال …". */
export function authorFromLeadPrefix(text: string, span: Span): Field<string> | null {
  const m = /^\s*([^\n،,.:\-–—]{3,40}?)\s*[-–—]\s*\S/u.exec(text.slice(span.start, span.start + 60));
  if (!m || !looksLikePersonName(m[1].trim())) return null;
  const name = m[1].trim();
  const start = span.start + text.slice(span.start).indexOf(name);
  return { value: name, source: { method: 'lead-prefix-byline', span: { start, end: start + name.length } } };
}

/** A reporter's name signed alone on the line after the article (common on Maghreb sites). */
export function authorFromSignature(line: Line): Field<string> | null {
  return looksLikePersonName(line.text)
    ? { value: line.text.trim(), source: { method: 'signature', span: line.span } }
    : null;
}

/** The news site named at the start of the lead, before a dash: "الوكيل الإخباري- أجرى …". */
export function outletFromLeadPrefix(text: string, span: Span): Field<string> | null {
  const m = /^\s*([^\n،,.:\-–—]{3,40}?)\s*[-–—]\s*\S/u.exec(text.slice(span.start, span.start + 60));
  if (!m) return null;
  const name = m[1].trim();
  const fake: Line = {
    index: -1,
    span: { start: span.start, end: span.start + name.length },
    text: name,
    norm: normalize(name),
    words: name.split(/\s+/).length,
  };
  const masthead = outletFromMasthead(fake);
  return masthead ? { value: name, source: { method: 'lead-prefix', span: masthead.source.span } } : null;
}

/** "جميع الحقوق محفوظة لموقع الرأي © 2023", "© 2021 الجزيرة": the site that owns the page. */
export function outletFromCopyright(line: Line): Field<string> | null {
  const t = line.text;
  const m =
    /(?:جميع\s+الحقوق\s+محفوظة|حقوق\s+النشر\s+محفوظة)\s*(?:ل(?:ـ|\s)*|إلى\s+)?(?:موقع|صحيفة|جريدة|وكالة|قناة)?\s*([^©|\d.-][^©|\d]{1,40}?)\s*(?:©|\d{4}|$)/u.exec(
      t,
    ) ?? /©\s*(?:\d{4}\s*(?:-\s*\d{4})?)?\s*([^©|\d.][^©|\d]{1,40}?)\s*(?:\.|$|-|\|)/u.exec(t);
  if (!m) return null;
  const name = m[1]
    .replace(/^(?:ل|لـ)\s*/u, '')
    .replace(/^(?:موقع|صحيفة|جريدة|وكالة|قناة)\s+/u, '')
    .trim();
  if (!name || name.split(/\s+/).length > 4 || /^(جميع|all|copyright)/i.test(name)) return null;
  const start = line.span.start + t.indexOf(name);
  return { value: name, source: { method: 'copyright', span: { start, end: start + name.length } } };
}

export function isStaffByline(name: string): boolean {
  return furnitureRules().staffBylines.has(normalize(name));
}

export function isAgency(name: string): boolean {
  return furnitureRules().agencies.has(normalize(name));
}

export interface CreditLine {
  outlet: Field<string> | null;
  author: Field<string> | null;
  staff: boolean;
}

/** "Outlet – byline Name – date": segments that are not a date or a byline name the outlet. */
export function parseCreditLine(line: Line): CreditLine | null {
  const dl = line.words <= 6 ? datelineParts(line.text) : null;
  if (line.words > 12 || (!dl && !SEP.test(line.text))) return null;
  const segs: { text: string; start: number }[] = [];
  if (dl) {
    // "دمشق-سانا", "الرياض (واس)": the city, then who sent it.
    segs.push({ text: dl.city, start: line.span.start + line.text.indexOf(dl.city) });
    segs.push({ text: dl.from, start: line.span.start + line.text.lastIndexOf(dl.from) });
  } else {
    let offset = 0;
    for (const part of line.text.split(SEP)) {
      const at = line.text.indexOf(part, offset);
      offset = at + part.length;
      if (part.trim()) segs.push({ text: part.trim(), start: line.span.start + at });
    }
  }
  let outlet: CreditLine['outlet'] = null;
  let author: CreditLine['author'] = null;
  let staff = false;
  let recognized = false;
  for (const s of segs) {
    const span = { start: s.start, end: s.start + s.text.length };
    if (isStaffByline(s.text)) {
      staff = recognized = true;
      continue;
    }
    const name = bylineName(s.text);
    if (name !== null) {
      recognized = true;
      if (name && !isStaffByline(name))
        author = { value: name, source: { method: 'credit-line-byline', span } };
      else staff = true;
      continue;
    }
    if (isDatePart(s.text)) {
      recognized = true;
      continue;
    }
    // "بغداد - المغرب اليوم": the dateline city, then the outlet (or the reporter).
    if (segs.length <= 3 && furnitureRules().datelinePlaces.has(normalize(s.text))) {
      recognized = true;
      continue;
    }
    if (recognized && !author && looksLikePersonName(s.text)) {
      author = { value: s.text, source: { method: 'credit-line-reporter', span } };
      continue;
    }
    if (!outlet && s.text.split(/\s+/).length <= 4 && !/\d/.test(s.text))
      outlet = { value: s.text, source: { method: 'credit-line', span } };
  }
  return recognized ? { outlet, author, staff } : null;
}

const DATELINE =
  /^\s*([^\s()\-–—ـ][^()\-–—ـ\n]{1,20}?)\s*(?:\(\s*([^()\n]{2,30}?)\s*\)|[-–—ـ]\s*([^\n،,.:()\-–—ـ]{2,30}?)\s*(?=$|[-–—ـ:]))/u;

/** A wire dateline opening a line: a known city, then the agency or outlet in brackets or after a dash. */
function datelineParts(text: string): { city: string; from: string; end: number } | null {
  const m = DATELINE.exec(text);
  if (!m || !furnitureRules().datelinePlaces.has(normalize(m[1].trim()))) return null;
  const from = (m[2] ?? m[3]).trim();
  if (/\d/.test(from) || from.split(/\s+/).length > 4) return null;
  return { city: m[1].trim(), from, end: m.index + m[0].length };
}

/** "واشنطن (رويترز) - قال مسؤولون …": the lead names who sent it after the dateline city. */
export function outletFromLeadDateline(text: string, span: Span): Field<string> | null {
  const lead = text.slice(span.start, Math.min(span.end, span.start + 80));
  const d = datelineParts(lead);
  // ("الرياض - كتبت رنا صلاح -": a byline after the city names the reporter, not the outlet.)
  if (!d || looksLikePersonName(d.from) || bylineName(d.from) !== null) return null;
  const start = span.start + lead.indexOf(d.from, d.city.length);
  return { value: d.from, source: { method: 'lead-dateline', span: { start, end: start + d.from.length } } };
}

/** "المصدر | الخليج الجديد + وكالات" names the outlet unless it names only agencies. */
export function outletFromSourceCredit(line: Line): Field<string> | null {
  const m = /^(?:المصدر|المصادر|source)\s*[|:]\s*(.+)$/iu.exec(line.text);
  if (!m) return null;
  const parts = m[1]
    .split(/\s*[+،,/]\s*|\s+و(?=وكالات)/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const own = parts.find((p) => !isAgency(p) && p.split(/\s+/).length <= 4);
  if (!own) return null;
  const start = line.span.start + line.text.indexOf(own);
  return { value: own, source: { method: 'source-credit', span: { start, end: start + own.length } } };
}

/** "ادعم عنب بلدي": an appeal to support the outlet by name. */
export function outletFromDonationAppeal(line: Line): Field<string> | null {
  const m = /^(?:ادعم|ادعموا|تبرع ل|ساند)\s+(.{2,30})$/u.exec(line.text.replace(/^[أإآ]/u, 'ا'));
  if (!m || m[1].split(/\s+/).length > 4) return null;
  const name = m[1].trim().replace(/[.!]+$/u, '');
  const start = line.span.end - m[1].length;
  return { value: name, source: { method: 'donation-appeal', span: { start, end: start + name.length } } };
}

/** A bio block: a short name line followed by a line that starts "كاتب صحفي …". */
export function authorFromBio(name: Line, bio: Line): Field<string> | null {
  if (!furnitureRules().authorBioStart.test(bio.norm)) return null;
  if (name.words < 1 || name.words > 4 || /[.!?؟:،,]$/.test(name.text)) return null;
  return { value: name.text, source: { method: 'author-bio', span: name.span } };
}
