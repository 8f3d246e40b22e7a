import { loadTrafilaturaSet } from '../src/eval/extract.js';
import { renderHtml } from '../src/extract/html.js';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
const { cases, html } = loadTrafilaturaSet('.bench/trafilatura-eval');
const reasons = new Map<string, number>();
const ex: string[] = [];
for (const c of cases) {
  const h = html(c); if (!h) continue;
  const rt = renderHtml(h).text.replace(/\s+/g, ' ');
  const doc = parseDocument(h);
  for (const w0 of c.with) {
    const w = w0.replace(/\s+/g, ' ').trim();
    if (rt.includes(w)) continue;
    // innermost element whose text contains the snippet
    const els = DomUtils.findAll((e) => DomUtils.textContent(e).replace(/\s+/g, ' ').includes(w), doc.children);
    const inner = els[els.length - 1] as Element | undefined;
    let reason = 'not-in-dom';
    if (inner) {
      const chain: Element[] = [];
      for (let e: Element | null = inner; e && e.type === 'tag'; e = e.parent as Element) chain.push(e);
      const skip = chain.find((e) => ['script','style','noscript','template','svg','iframe','form','button','select','nav','aside','figure','figcaption','head','footer','label','option','dialog','menu','input','textarea'].includes(e.name));
      if (skip) reason = 'tag:' + skip.name;
      else {
        const bp = chain.find((e) => /(^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|comments?|respond|related|sidebar|widgets?|footer|newsletter|subscribe|cookies?|consent|advert|ads?|adv|banner|promo|sponsor|tags?|teasers?|popup|modal|pagination|pager|topbar|toolbar|login|signup|recommended)([\s_-]|$)/i.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`));
        reason = bp ? 'class:' + (bp.attribs.class ?? bp.attribs.id ?? '').slice(0, 40) : 'other(container/linkdense/hidden)';
      }
    }
    const key = reason.startsWith('class:') ? 'class' : reason;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
    if (ex.length < 50) ex.push(`${reason} :: ${c.file} :: ${w.slice(0, 50)}`);
  }
}
console.log(reasons); console.log(ex.join('\n'));
