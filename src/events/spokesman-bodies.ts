// A spokesman the report names by his title alone, with no body after it: "المتحدث العسكري" speaks for
// the army the report names before him ("قالت القوات المسلحة المصرية … وجاء في بيان للمتحدث العسكري"),
// and a bare "المتحدث" or "الناطق" goes on for the spokesman the report named before with his body
// ("قال متحدث باسم الجيش …" then "وأوضح المتحدث"). He stays unnamed: the body is his source.
import type { Claim, EntityRecord, EventMention, Span } from '../types.js';
import { normalize } from '../arabic/normalize.js';
import { isExactWord } from './words.js';

// The adjective after a spokesman's title and the sector of the body he then speaks for.
const FIELDS: Record<string, string> = { العسكري: 'military' };

/** Anonymous claims of a spokesman named by title alone, given the body he speaks for. */
export function spokesmenOfBodies(claims: Claim[], events: EventMention[]): Claim[] {
  // The bodies the report names as speakers or sides, where it names them.
  const named: { span: Span; entity: EntityRecord }[] = [
    ...claims.flatMap((c) => (c.source ? [{ span: c.span, entity: c.source }] : [])),
    ...events.flatMap((e) => e.participants),
  ];
  let lastSpokesman: Claim | null = null;
  return claims.map((c) => {
    const words = normalize(c.sourceText ?? '')
      .replace(/^[وف]/, '')
      .split(/\s+/)
      .filter(Boolean);
    const head = words[0]?.replace(/^ال/, '') ?? '';
    const spokesman = !!head && isExactWord('spokesmanWords', head);
    if (spokesman && c.source) lastSpokesman = c;
    if (!spokesman || c.source || !c.anonymous) return c;
    const sector = FIELDS[words[1] ?? ''];
    let body: EntityRecord | null = null;
    if (sector) body = lastOfSector(named, sector, c.span.start);
    else if (words.length === 1 && /^ال/.test(words[0]) && lastSpokesman?.source) body = lastSpokesman.source;
    if (!body) return c;
    const out: Claim = { ...c, source: body, sourceKind: 'anonymous' };
    lastSpokesman = out;
    return out;
  });
}

/** The last body of `sector` the report names before `offset`. */
function lastOfSector(
  named: { span: Span; entity: EntityRecord }[],
  sector: string,
  offset: number,
): EntityRecord | null {
  let found: { span: Span; entity: EntityRecord } | null = null;
  for (const m of named)
    if (m.span.start < offset && m.entity.type !== 'PERSON' && m.entity.sector === sector)
      if (!found || m.span.start > found.span.start) found = m;
  return found?.entity ?? null;
}
