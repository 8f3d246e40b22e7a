// An embedded post as pages render it: its text (with its picture link or hashtags), then a line
// "— الاسم (@handle) التاريخ". The text is its author's words though no verb of saying introduces
// it ("في هذه الفترة الحساسة، نعمل سوياً … pic.twitter.com/…\n— مظلوم عبدي (@MazloumAbdi) March 10, 2025").
import type { Claim, EntityMention } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { record, unknownOrg, unknownPerson } from '../entities/kb.js';

const SIGNATURE = /(?:\n|\s)—\s*([^\n—(]{2,80})\(@\w+\)[^\n]*/g;

/** "July 25, 2021", "25 juillet 2021": the date an embedded post's signature ends with. */
const DATED = /\)\s*(?:[A-Za-z]+\.? \d{1,2}, \d{4}|\d{1,2} \S+ \d{4})\s*$/;

/**
 * A signature no entity holds ("— 218NEWS (@218news)", "— Sabrina ☘️ (@…)"): its name as written,
 * a medium's when it reads as one (digits, "NEWS", "TV"), else a person's.
 */
function signed(written: string, at: number): EntityMention | null {
  const name = written
    .replace(/[^\p{L}\p{N}\s.'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\p{L}{2}|\d\p{L}/u.test(name)) return null;
  const media = /\d|news|\btv\b|أخبار|قناة/i.test(name);
  const entity = record(media ? unknownOrg(name, true) : unknownPerson(name, undefined, undefined));
  const start = at + written.indexOf(name.split(' ')[0]);
  return { span: { start, end: start + name.length }, text: name, entity, via: 'signature' } as EntityMention;
}

/** The author a post's signature names: a person or body the knowledge base holds, else one found by name. */
function author(text: string, entities: EntityMention[], start: number, end: number): EntityMention | null {
  const inside = entities.filter(
    (m) =>
      m.span.start >= start && m.span.end <= end && (m.entity.type === 'PERSON' || m.entity.type === 'ORG'),
  );
  const found = inside.find((m) => m.via !== 'tagger') ?? inside[0];
  if (found) return found;
  // ("— Mazloum Abdî مظلوم عبدي (@…)": a signature read as no name is the one the report names in it.)
  const sig = normalize(text.slice(start, end));
  return (
    entities
      .filter((m) => (m.entity.type === 'PERSON' || m.entity.type === 'ORG') && m.via !== 'tagger')
      .filter((m) => m.text.includes(' ') && sig.includes(normalize(m.text)))
      .sort((a, b) => b.text.length - a.text.length)[0] ?? null
  );
}

/**
 * Claims of embedded posts: the line before a signature, when it is a post (a picture link or a
 * hashtag in it), is its author's — a claim there that names no speaker takes the author, and a
 * line no claim reads becomes one.
 */
export function tweetClaims(claims: Claim[], text: string, entities: EntityMention[]): Claim[] {
  const out = [...claims];
  for (const sig of text.matchAll(SIGNATURE)) {
    const at = sig.index ?? 0;
    const nameStart = at + sig[0].indexOf(sig[1]);
    const who = author(text, entities, nameStart, nameStart + sig[1].length) ?? signed(sig[1], nameStart);
    if (!who) continue;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    let end = at;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const body = text.slice(start, end);
    // (A post with neither a picture nor a hashtag is still one when its signature ends with the
    // date an embedded post carries: "— Sabrina (@…) July 25, 2021".)
    if (end <= start || !(/pic\.twitter\.com|#\S/.test(body) || DATED.test(sig[0]))) continue;
    const said = {
      source: who.entity,
      sourceText: who.text,
      sourceKind: who.entity.type === 'PERSON' ? ('person' as const) : ('body' as const),
    };
    const over = (c: Claim) => c.span.start < end && start < c.span.end;
    if (out.some(over)) {
      out.forEach((c, i) => {
        if (over(c) && !c.source && !c.anonymous) out[i] = { ...c, ...said };
      });
      continue;
    }
    out.push({ span: { start, end }, ...said, verb: null, quotes: [], stance: [], event: null, type: null });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
