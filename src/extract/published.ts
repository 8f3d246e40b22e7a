// The publication date as an editor reads it: the page's own metadata first (a container's
// field, JSON-LD, Open Graph, <time>), then a date line around the headline ("تاريخ النشر: …",
// "الأربعاء 26/أكتوبر/2022 - 09:05 م", "Publié le …"), then the URL. A site header's "today"
// (a date above the headline beside the masthead, the editor-in-chief, weather or prayer times,
// or in both calendars) is never the publication date, nor is a modification date.
import type { Extraction } from '../types.js';
import { splitLines, type Line } from './lines.js';
import { publishedFromHint } from './hints.js';
import { isMastheadLine, readDateLine, type DateReading } from './date-lines.js';
import { dateFromUrl } from './url-date.js';
import { parseCreditLine } from './metadata.js';

type Published = NonNullable<Extraction['published']>;

export interface DateContext {
  lines: Line[];
  /** The first body line and the line after the body (lines before `bodyStart` are the header). */
  bodyStart: number;
  bodyEnd: number;
  /** The headline's line, -1 when it is not in the text. */
  titleIndex: number;
  url: string | null;
  /** A date handed over by the container or the page's metadata, and where it came from. */
  hint?: { value: string; method: string };
  now?: Date;
}

const BODY_LINES = 6;
const FOOTER_LINES = 2;

export function findPublished(ctx: DateContext): Published | null {
  const now = ctx.now ?? new Date();
  if (ctx.hint) {
    const p = publishedFromHint(ctx.hint.value);
    const url = ctx.url ? dateFromUrl(ctx.url, now) : null;
    // A time given in UTC can fall on the next or previous day of the publisher's own, which the URL keeps.
    if (
      p &&
      url &&
      /(?:Z|[+-]\d{2}:?\d{2})$/.test(ctx.hint.value.trim()) &&
      oneDayApart(p.value.value, url.value)
    )
      return fromUrl(url);
    if (p && notAfter(p.value.value, now)) return { ...p, source: { method: ctx.hint.method } };
  }
  const line = bestDateLine(ctx, now);
  const url = ctx.url ? dateFromUrl(ctx.url, now) : null;
  // A bare date above the headline that the URL contradicts is the header's date of the day.
  if (line && url && line.rank <= 2 && line.reading.value.value?.slice(0, 10) !== url.value)
    return fromUrl(url);
  if (line)
    return {
      value: line.reading.value,
      source: { method: line.method, span: line.reading.span },
      sourceText: line.reading.text,
    };
  return url ? fromUrl(url) : null;
}

function fromUrl(url: { value: string; text: string }): Published {
  return {
    value: { value: url.value, granularity: 'day', derivation: 'explicit' },
    source: { method: 'url' },
    sourceText: url.text,
  };
}

function oneDayApart(a: string | null, b: string): boolean {
  return !!a && Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b)) === 86_400_000;
}

export function notAfter(value: string | null, now: Date): boolean {
  if (!value) return false;
  const y = +value.slice(0, 4);
  return y >= 1990 && Date.parse(value.slice(0, 10)) <= now.getTime() + 86_400_000;
}

interface Candidate {
  reading: DateReading;
  rank: number;
  method: string;
  index: number;
}

/**
 * Date lines in the header and the first lines of the body (a cue may open the lead: "date
 * 2025-09-20 تلقى …"), and just under the article. Ranked: a publication cue, then a bare date
 * line below the headline (or in a text without one), then one above the headline, then one
 * under the article.
 */
function bestDateLine(ctx: DateContext, now: Date): Candidate | null {
  const { lines, bodyStart, bodyEnd, titleIndex } = ctx;
  const candidates: Candidate[] = [];
  const consider = (i: number, where: 'header' | 'lead' | 'body' | 'footer') => {
    const r = readDateLine(lines[i]);
    if (!r || r.cue === 'updated' || r.cue === 'today' || r.masthead || !notAfter(r.value.value, now)) return;
    if (where === 'lead' && !(r.bare || (r.cue === 'publication' && r.span.start - lines[i].span.start < 40)))
      return;
    if (where === 'body' && !(r.bare && lines[i].words <= 12)) return;
    // A credit line ("الغربية – متابعة معاذ الراوي – 8 – فبراير – 2020") dates the article too.
    if (!r.bare && r.cue !== 'publication' && !(where === 'header' && parseCreditLine(lines[i]))) return;
    // A line nearby naming the editor-in-chief or the weather marks the header's date of the day.
    if (where === 'header' && mastheadNear(lines, i)) return;
    const aboveTitle = titleIndex >= 0 && i < titleIndex;
    if (aboveTitle && r.hijri && r.cue !== 'publication') return;
    const rank = r.cue === 'publication' ? 4 : where === 'footer' ? 1 : aboveTitle ? 2 : 3;
    candidates.push({
      reading: r,
      rank,
      method: r.cue === 'publication' ? 'date-line-cue' : 'dateline',
      index: i,
    });
  };
  for (let i = 0; i < Math.min(bodyStart, lines.length); i++) consider(i, 'header');
  if (bodyStart < lines.length) consider(bodyStart, 'lead');
  for (let i = bodyStart + 1; i < Math.min(bodyEnd, bodyStart + BODY_LINES); i++) consider(i, 'body');
  for (let i = bodyEnd; i < Math.min(lines.length, bodyEnd + FOOTER_LINES); i++) consider(i, 'footer');
  return candidates.sort((a, b) => b.rank - a.rank || a.index - b.index)[0] ?? null;
}

const MASTHEAD_REACH = 3;

function mastheadNear(lines: Line[], i: number): boolean {
  for (let k = Math.max(0, i - MASTHEAD_REACH); k <= Math.min(lines.length - 1, i + MASTHEAD_REACH); k++) {
    if (k !== i && lines[k].words <= 12 && isMastheadLine(lines[k])) return true;
  }
  return false;
}

/**
 * A date line the rules pruned between the headline and the body ("July 27, 2025" in an element
 * named meta, "By Dr. Vahid Osman - Mar 27, 2024" with the name a link), for a page where no other
 * date was found: the first short line there that gives a full date and little else or a
 * publication cue, never a modification date, a "today" or a masthead's date.
 */
export function dateBelowTitle(texts: string[], now = new Date()): Published | null {
  for (const t of texts) {
    const line = splitLines(t)[0];
    if (!line || line.words > 14) continue;
    const r = readDateLine(line);
    if (!r || r.cue === 'updated' || r.cue === 'today' || r.masthead || r.hijri) continue;
    const before = line.text.slice(0, r.span.start - line.span.start);
    const after = line.text.slice(r.span.end - line.span.start);
    // "Paramita Ghosh Published: January 3, 2024"; "Dec 26, 2025 • Mahua Das in Project Management".
    const said = PUBLISHED_BEFORE.test(before) || (!before.trim() && LEAD_SEPARATOR.test(after));
    if (!(r.bare || r.cue === 'publication' || said || BYLINE.test(line.text))) continue;
    if (!notAfter(r.value.value, now)) continue;
    return { value: r.value, source: { method: 'date-line-below-title' }, sourceText: r.text };
  }
  return null;
}
const BYLINE = /^(?:by|von|par|por)\s|\s(?:by|von|par|por)\s/i;
const PUBLISHED_BEFORE =
  /(?:^|\s)(?:published|posted|publié|publiée|veröffentlicht|publicado|publicada|نشر|نُشر)(?:\s+(?:on|le|am|el|في))?\s*:?\s*$/i;
const LEAD_SEPARATOR = /^\s*[•|·]/;
