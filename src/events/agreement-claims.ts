// An agreement's own words: "ونصّ الاتفاق على «…»", "وبحسب بيان إعلان المصالحة، اتفقت الحركتان على …",
// "وأُعلن نص اتفاق مكة بين فتح وحماس، وهو يستهل … «…»", "وقد اتفق الطرفان على أربع نقاط هي:" and a
// list. The text of an agreement or a joint declaration says what its parties say, so a claim it
// opens that names no speaker is its parties': the sides of the report's first agreement (the
// lead's), not a party of another agreement the text only mentions.
import type { Claim, EventMention, Participant, Span, Token } from '../types.js';
import type { SentenceView } from './context.js';
import { isMadeEntity } from '../entities/kb.js';

/** "نص الاتفاق", "نص إعلان بكين", "بيان إعلان المصالحة", "وثيقة الاتفاق": the text of an agreement. */
function agreementText(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const w = tokens[k].norm.replace(/^[وف]?(?:ب|ل|وفق|حسب)?/, '');
    const next = tokens[k + 1].norm;
    if (/^(?:ال)?(?:نص|بيان|وثيقه)$/.test(w) && /^(?:ال)?(?:اتفاق|اعلان|اتفاقيه|ميثاق)$/.test(next))
      return true;
    // ("ونصّ الاتفاق على": the verb "نصّ", stipulated; "ونصّ كذلك على": the text named before.)
    if (/^[وف]?نص$/.test(tokens[k].norm) && /^(?:ال)?(?:اتفاق|اعلان|اتفاقيه|ميثاق|بيان)$/.test(next))
      return true;
    if (
      /^[وف]?نص$/.test(tokens[k].norm) &&
      (next === 'علي' || (/^(?:كذلك|ايضا)$/.test(next) && tokens[k + 2]?.norm === 'علي'))
    )
      return true;
  }
  // "ويدعو الإعلان إلى …", "ويؤكد الاتفاق …": a verb opening the sentence whose subject is the text itself.
  return (
    from + 1 < to &&
    /^[وف]\S{3,}$/.test(tokens[from].norm) &&
    !/^[وف]?(?:وقع|ابرم|جاء|يات|اتي|تم|يتم)/.test(tokens[from].norm) &&
    /^ال(?:اعلان|اتفاق|اتفاقيه|ميثاق|وثيقه)$/.test(tokens[from + 1].norm)
  );
}

/** "ونصّ الاتفاق على أن …", "ونصّ كذلك على أن …": a sentence opening with what the text stipulates. */
function stipulatesThat(tokens: Token[], from: number, to: number): boolean {
  if (!/^[وف]?نص$/.test(tokens[from]?.norm ?? '')) return false;
  for (let k = from + 1; k + 1 < Math.min(to, from + 5); k++)
    if (tokens[k].norm === 'علي') return /^[اإأ]ن$/.test(tokens[k + 1].norm);
  return false;
}

/** "اتفق الطرفان على", "اتفقت الحركتان على": what the two sides agreed on. */
function partiesAgreed(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 2 < to; k++) {
    if (!/^[وف]?(?:اتفق|اتفقت|اتفقا|اتفقوا)$/.test(tokens[k].norm)) continue;
    if (/^(?:ال)?(?:طرفان|جانبان|حركتان|بلدان|دولتان|فصائل)$/.test(tokens[k + 1].norm)) return true;
  }
  return false;
}

/**
 * The party an agreement's text speaks for: of the agreement its own sentence tells ("نص اتفاق مكة بين
 * فتح وحماس"), else of the report's first one, its first source the knowledge base holds as a body or
 * a state (the movement, not its leader who signed), else its first source. Never a name inside the
 * quotation ("وفق ميثاق الأمم المتحدة").
 */
function agreementParty(events: EventMention[], span: Span, quotes: Span[]): Participant | null {
  const body = (ps: Participant[]) =>
    ps.find(
      (p) =>
        p.role === 'source' &&
        !isMadeEntity(p.entity.id) &&
        p.entity.type !== 'PERSON' &&
        p.entity.type !== 'LOC',
    );
  const outside = (ps: Participant[]) =>
    ps.filter((p) => !quotes.some((q) => q.start <= p.span.start && p.span.end <= q.end));
  const own = events
    .filter((e) => e.type === 'AGREE' && e.sentence.start <= span.start && span.start < e.sentence.end)
    .map((e) => body(outside(e.participants)))
    .find(Boolean);
  if (own) return own;
  const agreements = events
    .filter((e) => e.type === 'AGREE')
    .sort((a, b) => a.sentence.start - b.sentence.start)
    .map((e) => outside(e.participants));
  const first = agreements.find((ps) => ps.length);
  return first ? (body(first) ?? first.find((p) => p.role === 'source') ?? first[0]) : null;
}

/** Where a sentence ending at a colon goes on through the dashed list after it. */
function throughList(text: string, end: number): number {
  if (!/:\s*$/.test(text.slice(Math.max(0, end - 3), end))) return end;
  let at = end;
  for (;;) {
    const line = /^[ \t]*(?:\r?\n[ \t]*)+[-–—•·*][ \t]*([^\n]*)/.exec(text.slice(at));
    if (!line?.[1].trim()) return at;
    at += line[0].length;
  }
}

/** The quotations within a span («…», “…”, "…", ''…''). */
function quotesOf(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const re = /«[^»]{12,}?»|“[^”]{12,}?”|"[^"]{12,}?"|''.{12,}?''/g;
  const part = text.slice(span.start, span.end);
  for (let m = re.exec(part); m; m = re.exec(part))
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  return out;
}

/**
 * Claims of an agreement's text: a claim that names no speaker and reads the agreement's text or what
 * its two sides agreed on goes to the parties; a sentence that quotes such a text, or lists it after
 * a colon, and is no claim yet becomes one.
 */
export function agreementClaims(
  claims: Claim[],
  events: EventMention[],
  text: string,
  tokens: Token[],
  views: SentenceView[],
): Claim[] {
  if (!events.some((e) => e.type === 'AGREE')) return claims;
  const reads = (from: number, to: number) =>
    agreementText(tokens, from, to) || partiesAgreed(tokens, from, to);
  const tokenRange = (span: Span): [number, number] => {
    const from = tokens.findIndex((t) => t.span.start >= span.start);
    const to = tokens.findIndex((t) => t.span.start >= span.end);
    return [from < 0 ? tokens.length : from, to < 0 ? tokens.length : to];
  };
  const spoken = (c: Claim): Claim => {
    const party = agreementParty(events, c.span, quotesOf(text, c.span));
    if (!party) return c;
    const kind: Claim['sourceKind'] =
      party.entity.type === 'PERSON' ? 'person' : party.entity.type === 'ORG' ? 'group' : 'country';
    return {
      ...c,
      source: party.entity,
      sourceText: text.slice(party.span.start, party.span.end),
      sourceKind: kind,
    };
  };
  const out = claims.map((c) => {
    if (c.source || c.anonymous) return c;
    const [from, to] = tokenRange(c.span);
    return reads(from, to) ? spoken(c) : c;
  });
  for (const v of views) {
    if (out.some((c) => c.span.start < v.span.end && v.span.start < c.span.end)) continue;
    const end = throughList(text, v.span.end);
    if (
      !(quotesOf(text, v.span).length || end > v.span.end || stipulatesThat(tokens, v.from, v.to)) ||
      !reads(v.from, v.to)
    )
      continue;
    const span = { start: v.span.start, end };
    const c = spoken({
      span,
      source: null,
      sourceText: null,
      verb: null,
      quotes: quotesOf(text, span),
      stance: [],
      event: null,
      type: null,
    });
    if (c.source) out.push(c);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
