// An embedded post as pages render it: its text (with its picture link or hashtags), then a line
// "— الاسم (@handle) التاريخ". The text is its author's words though no verb of saying introduces
// it ("في هذه الفترة الحساسة، نعمل سوياً … pic.twitter.com/…\n— مظلوم عبدي (@MazloumAbdi) March 10, 2025").
import type { Claim, EntityMention } from '../types.js';
import { normalize } from '../arabic/normalize.js';

const SIGNATURE = /(?:\n|\s)—\s*([^\n—(]{2,80})\(@\w+\)[^\n]*/g;

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
    const who = author(text, entities, nameStart, nameStart + sig[1].length);
    if (!who) continue;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    let end = at;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const body = text.slice(start, end);
    if (end <= start || !/pic\.twitter\.com|#\S/.test(body)) continue;
    const said = {
      source: who.entity,
      sourceText: text.slice(who.span.start, who.span.end),
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
