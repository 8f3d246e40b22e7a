import { readFileSync } from 'node:fs';
import { parseDocument, DomUtils } from 'htmlparser2';
const h = readFileSync('.bench/trafilatura-eval/tests/eval/' + process.argv[2], 'utf8');
const doc = parseDocument(h);
const NEG = new Set(('nav navbar navigation menu breadcrumb breadcrumbs share sharing shares social socials comment comments respond related sidebar widget widgets footer newsletter subscribe subscription cookie cookies consent advert advertisement ads ad adv banner promo sponsor sponsored tags tagcloud tag authorbio author-bio popup modal pagination pager topbar toolbar login signup disqus outbrain taboola recommended recommendations teaser teasers').split(' '));
for (const el of DomUtils.findAll(() => true, doc.children)) {
  const tokens = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
  const hit = tokens.find((t) => { const p = t.split(/[-_]+/).filter(Boolean); return NEG.has(t) || NEG.has(p[0]) || NEG.has(p[p.length - 1]); });
  const len = DomUtils.textContent(el).length;
  if (hit && len > 300) console.log(el.name, JSON.stringify(el.attribs.class ?? el.attribs.id).slice(0, 80), hit, len);
}
