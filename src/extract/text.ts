// Extraction from text laid out as lines (scraped text, or HTML rendered to block lines).
// The body is the run of lines from the first prose line to the last prose line before the
// first end-of-article marker (comment form, related list, tags, source credit, author bio);
// furniture inside it is cut, short lines inside it stay as headings. Everything cut is kept
// with its kind.
import type { Extraction, Field, Furniture, Paragraph, RawInput } from '../types.js';
import { lettersOnly } from '../arabic/normalize.js';
import { isProse, joinWrapped, splitLines, type Line } from './lines.js';
import { classifyLine, isEdgeNotice, type LineClass } from './furniture.js';
import {
  authorFromBio,
  outletFromDonationAppeal,
  outletFromCopyright,
  authorFromLeadPrefix,
  authorFromSignature,
  outletFromLeadPrefix,
  outletFromLeadDateline,
  outletFromMasthead,
  outletFromSourceCredit,
  parseBylineLine,
  parseCreditLine,
  parseDateline,
  pickTitle,
} from './metadata.js';
import { findPublished } from './published.js';
import { outletFromUrl } from './outlets.js';

// What lettersOnly drops.
const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;

// A line opening with و/ف and a verb or preposition, as a report's sentences go on ("وفي",
// "وقال", "وكانت", "ويأتي", "وأضاف", "ولفت"); headlines do not open so.
const GOES_ON = /^[وف](?:في\s|[يتنقكلباذعجشر]\p{L})/u;

// A byline word and a colon opening a short line: "حوار: …", "بقلم: …", "تقرير: …".
const BODY_BYLINE = /^\s*(?:حوار|حاوره|حاورته|بقلم|كتب|كتبت|إعداد|اعداد|تقرير|متابعة|تحرير)\s*:/u;

export interface LinesOptions {
  /** Where the page's metadata gave the publication date (json-ld, meta:…); 'container' by default. */
  publishedMethod?: string;
  /** The text is as scraped or pasted (not rendered from HTML blocks): hard-wrapped lines are joined. */
  plain?: boolean;
}

export function extractFromLines(
  text: string,
  hints: RawInput['hints'] = {},
  opts: LinesOptions = {},
): Extraction {
  const lines = opts.plain ? joinWrapped(text, splitLines(text)) : splitLines(text);
  const cls: (LineClass | null)[] = lines.map(classifyLine);
  const furniture: Furniture[] = [];
  const cut = (l: Line, kind: string) => furniture.push({ span: l.span, kind, text: l.text });

  // The headline is found among the lines before the first long paragraph; the body starts after
  // it (a headline can end in "؟" or "." and look like prose).
  const firstLong = lines.findIndex((l, i) => !cls[i] && l.words >= 15);
  // A wire dateline ("بغداد - المغرب اليوم") or a byline-and-date line is no headline.
  const headerGuess = (firstLong < 0 ? lines : lines.slice(0, firstLong)).filter(
    (l) => !cls[l.index] && !parseCreditLine(l),
  );
  const guessed = hints.title ? null : pickTitle(headerGuess);
  const titleKey = hints.title ? lettersOnly(hints.title) : guessed ? lettersOnly(guessed.line.text) : null;
  // (A line's norm is its text normalized: lettersOnly without normalizing it again.)
  // (Taking out what is not a letter or a digit never lengthens a line: a shorter one is no headline.)
  const isTitleLike = (l: Line) =>
    titleKey !== null && l.norm.length >= titleKey.length && l.norm.replace(NOT_LETTERS, '') === titleKey;
  // The body follows the headline: with a headline from the page's metadata, where it stands in the text.
  const titleLine = hints.title ? lines.findIndex((l) => isTitleLike(l)) : -1;
  const afterTitle = guessed ? guessed.line.index : titleLine;
  let start = lines.findIndex(
    (l, i) => !cls[i] && isProse(l) && !isTitleLike(l) && (i > afterTitle || firstLong < 0),
  );
  const dateOf = (bodyStart: number, bodyEnd: number) =>
    findPublished({
      lines,
      bodyStart,
      bodyEnd,
      titleIndex: afterTitle,
      url: hints.url ?? null,
      hint: hints.published
        ? { value: hints.published, method: opts.publishedMethod ?? 'container' }
        : undefined,
    });

  // A text with no prose line (a short item, a single sentence): every plain line is body.
  if (start < 0) {
    const paragraphs: Paragraph[] = [];
    lines.forEach((l, i) =>
      cls[i] ? cut(l, cls[i]!.kind) : paragraphs.push({ span: l.span, heading: false }),
    );
    const short = assemble(
      text,
      hints,
      lines,
      [],
      [],
      paragraphs,
      furniture,
      dateOf(lines.length, lines.length),
    );
    short.outlet ??= outletFromUrl(hints.url);
    return short;
  }

  let zoneEnd = lines.length;
  let bioAuthor: Field<string> | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    if (cls[i]?.end && underHeadline(lines, cls, start, i)) {
      // "المصدر: النهار" under the headline credits the article that follows: the lines before
      // it are the header, the body starts at the next prose line.
      cls[i] = { kind: cls[i]!.kind, end: false };
      const next = lines.findIndex((l, j) => j > i && !cls[j] && isProse(l));
      if (next > 0) start = next;
      i = start;
      continue;
    }
    if (cls[i]?.end) {
      const resume = cls[i]!.kind === 'related' ? resumesAfterBox(lines, cls, i) : -1;
      if (resume < 0) {
        zoneEnd = i;
        break;
      }
      // A related-links box inside the article ("Lesen Sie auch", "اقرأ أيضاً"): cut it, read on.
      for (let k = i; k < resume; k++) cls[k] ??= { kind: 'related', end: false };
      i = resume - 1;
      continue;
    }
    const bio = i > start + 1 ? authorFromBio(lines[i - 1], lines[i]) : null;
    if (bio) {
      bioAuthor = bio;
      zoneEnd = i - 1;
      break;
    }
  }
  let last = start;
  for (let i = start; i < zoneEnd; i++) if (!cls[i] && isProse(lines[i])) last = i;
  // A last sentence without its full stop (a scraped page cut short, a closing line left bare)
  // still reads as the article going on when it opens with و/ف: "وكانت الجزائر قد قطعت …".
  while (
    last + 1 < zoneEnd &&
    !cls[last + 1] &&
    lines[last + 1].words >= 6 &&
    GOES_ON.test(lines[last + 1].norm)
  )
    last++;
  // "حوار: آسيا العتروس" after the deck: a byline in the first lines of the body signs it.
  let bodyByline: Field<string> | null = null;
  for (let i = start; i < Math.min(zoneEnd, start + 4); i++) {
    if (cls[i] || lines[i].words > 6 || !BODY_BYLINE.test(lines[i].text)) continue;
    const b = parseBylineLine(lines[i]);
    if (!b) continue;
    cls[i] = { kind: 'byline', end: false };
    bodyByline ??= b;
  }

  // Appeals and notices at the edges of the article (a newsletter box, "Der Beitrag wurde am …
  // veröffentlicht", a licence line) are furniture even when they read as prose.
  while (last > start && !cls[last] && isEdgeNotice(lines[last]) && lines[last].words < 80)
    cls[last--] = { kind: 'notice', end: false };
  while (last > start && cls[last]) last--;
  if (start < last && isEdgeNotice(lines[start]) && lines[start].words < 40)
    cls[start] = { kind: 'notice', end: false };
  const header = lines.slice(0, start);
  const footer = lines.slice(last + 1);
  const paragraphs: Paragraph[] = [];
  for (let i = start; i <= last; i++) {
    const l = lines[i];
    if (cls[i]) cut(l, cls[i]!.kind);
    else paragraphs.push({ span: l.span, heading: !isProse(l) });
  }
  const extraction = assemble(
    text,
    hints,
    lines,
    header,
    footer,
    paragraphs,
    furniture,
    dateOf(start, last + 1),
  );
  if (!extraction.author && bodyByline) extraction.author = bodyByline;
  if (!extraction.author && bioAuthor) extraction.author = bioAuthor;
  // "الوكيل الإخباري - أجرى …": the lead names the news site before a dash.
  if (!extraction.outlet && paragraphs.length)
    extraction.outlet =
      outletFromLeadDateline(text, paragraphs[0].span) ?? outletFromLeadPrefix(text, paragraphs[0].span);
  if (!extraction.author && paragraphs.length)
    extraction.author = authorFromLeadPrefix(text, paragraphs[0].span);
  // A byline naming the outlet itself ("كتب : أهل مصر") is a staff byline: the outlet, not an author.
  const site = outletFromUrl(hints.url);
  if (site && extraction.author && lettersOnly(extraction.author.value) === lettersOnly(site.value))
    extraction.author = null;
  if (!extraction.outlet) extraction.outlet = site;
  // The first line after the article, when it is a person's name alone, signs it.
  if (!extraction.author && footer.length && !classifyLine(footer[0]))
    extraction.author = authorFromSignature(footer[0]);
  return extraction;
}

/**
 * A source credit at line i right under the start of the zone (at most two short lines: a
 * headline) with the article after it: at least two prose lines, and twice the zone's words,
 * before the next end marker.
 */
function underHeadline(lines: Line[], cls: (LineClass | null)[], start: number, i: number): boolean {
  if (cls[i]?.kind !== 'source-credit' || i - start > 2) return false;
  let before = 0;
  for (let k = start; k < i; k++) before += lines[k].words;
  if (before >= 40) return false;
  let prose = 0;
  let after = 0;
  for (let k = i + 1; k < lines.length && !cls[k]?.end; k++) {
    if (cls[k]) continue;
    after += lines[k].words;
    if (isProse(lines[k])) prose++;
  }
  return prose >= 2 && after >= 2 * before;
}

/**
 * Where the article resumes after a related-links box at line i: the next prose line, when the
 * box is a few short lines and at least two prose lines follow before the next end marker.
 */
function resumesAfterBox(lines: Line[], cls: (LineClass | null)[], i: number): number {
  let j = i + 1;
  while (j < lines.length && j - i <= 8 && !cls[j]?.end && !(isProse(lines[j]) && !cls[j])) {
    if (lines[j].words >= 15) return -1;
    j++;
  }
  if (j >= lines.length || j - i > 8 || cls[j]?.end) return -1;
  // The box's links were pruned with the page's link lists: a long paragraph right after its
  // heading is the article going on (teasers of related stories are short).
  if (j === i + 1 && lines[j].words >= 25) return j;
  let prose = 0;
  for (let k = j; k < lines.length && !cls[k]?.end && prose < 2; k++)
    if (!cls[k] && isProse(lines[k])) prose++;
  return prose >= 2 ? j : -1;
}

function assemble(
  text: string,
  hints: RawInput['hints'],
  lines: Line[],
  header: Line[],
  footer: Line[],
  paragraphs: Paragraph[],
  furniture: Furniture[],
  published: Extraction['published'],
): Extraction {
  const cut = (l: Line, kind: string) => furniture.push({ span: l.span, kind, text: l.text });
  const plainHeader = header.filter((l) => !classifyLine(l) && !parseCreditLine(l));
  const title = pickTitle(plainHeader);
  let outlet: Extraction['outlet'] = hints.outlet
    ? { value: hints.outlet, source: { method: 'container' } }
    : null;
  let author: Extraction['author'] = hints.author
    ? { value: hints.author, source: { method: 'container' } }
    : null;

  for (const l of header) {
    const c = classifyLine(l);
    if (c) {
      cut(l, c.kind);
      continue;
    }
    if (title && lettersOnly(l.text) === lettersOnly(title.line.text)) {
      cut(l, 'title');
      continue;
    }
    const credit = parseCreditLine(l);
    const dateline = parseDateline(l);
    const byline = credit ? null : parseBylineLine(l);
    if (credit) {
      outlet ??= credit.outlet;
      author ??= credit.author;
    }
    if (byline) author ??= byline;
    const masthead =
      title && l.index < title.line.index && !credit && !dateline && !byline ? outletFromMasthead(l) : null;
    if (masthead) outlet ??= masthead;
    cut(
      l,
      credit ? 'credit-line' : dateline ? 'dateline' : byline ? 'byline' : masthead ? 'masthead' : 'header',
    );
  }
  let bioNext = false;
  for (let i = 0; i < footer.length; i++) {
    const l = footer[i];
    outlet ??= outletFromSourceCredit(l) ?? outletFromDonationAppeal(l) ?? outletFromCopyright(l);
    const bio = i + 1 < footer.length ? authorFromBio(l, footer[i + 1]) : null;
    if (bio) author ??= bio;
    cut(l, classifyLine(l)?.kind ?? (bio ? 'author-name' : bioNext ? 'author-bio' : 'footer'));
    bioNext = !!bio;
  }
  furniture.sort((a, b) => a.span.start - b.span.start);
  const titleField: Extraction['title'] = hints.title
    ? { value: hints.title, source: { method: 'container' } }
    : title
      ? { value: title.line.text, source: { method: title.method, span: title.line.span } }
      : null;
  return {
    title: titleField,
    outlet,
    author,
    published,
    url: hints.url ?? null,
    language: detectLanguage(text),
    paragraphs,
    furniture: dedupe(furniture),
  };
}

function dedupe(f: Furniture[]): Furniture[] {
  const seen = new Set<number>();
  return f.filter((x) => (seen.has(x.span.start) ? false : (seen.add(x.span.start), true)));
}

/** Arabic when Arabic letters dominate the letters of the text. */
export function detectLanguage(text: string): string {
  let arabic = 0;
  let latin = 0;
  for (let i = 0, n = Math.min(5000, text.length); i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  if (arabic === 0 && latin === 0) return 'und';
  return arabic >= latin ? 'ar' : 'en';
}
