import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { parseTree } from '../src/extract/blocks.js';
import { metaFinder } from '../src/extract/html-meta.js';
import { extract } from '../src/extract/index.js';

const URL = 'https://news.example.org/2025/03/14/port-reopens';
const read = (html: string) => {
  const { text, extraction } = extract({
    source: URL,
    identity: 'x',
    kind: 'html',
    content: html,
    hints: { url: URL },
    messages: [],
  });
  return { body: extraction.paragraphs.map((p) => text.slice(p.span.start, p.span.end)), x: extraction };
};

/** The elements of a parsed page, depth first. */
function elements(html: string): Element[] {
  const out: Element[] = [];
  const walk = (ns: { type: string; children?: unknown[] }[]) => {
    for (const n of ns)
      if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
        out.push(n as unknown as Element);
        walk((n as unknown as { children: { type: string }[] }).children);
      }
  };
  walk(parseTree(html, metaFinder(), new Set()) as unknown as { type: string }[]);
  return out;
}

describe('the parser keeps only the attributes the reading asks for', () => {
  it('keeps class, id, role, aria, itemprop and datetime (entities decoded, names lowercased)', () => {
    const [div, time] = elements(
      '<div CLASS="post-body" id="main" role="main" aria-hidden="false" data-track="x&amp;y" data-id="42">' +
        '<time itemprop="datePublished" DATETIME="2025-03-14T09:30:00+03:00" data-format="long">14 مارس</time></div>',
    );
    expect(div.attribs).toEqual({ class: 'post-body', id: 'main', role: 'main', 'aria-hidden': 'false' });
    expect(time.attribs).toEqual({ itemprop: 'datePublished', datetime: '2025-03-14T09:30:00+03:00' });
  });
  it('reads a page whose elements carry many unread attributes as before', () => {
    const lead =
      'أعلنت هيئة الموانئ صباح اليوم الجمعة إعادة فتح الميناء التجاري أمام السفن بعد إغلاق دام ثلاثة أيام بسبب العاصفة.';
    const second =
      'وقال مدير الهيئة في مؤتمر صحفي إن فرق الصيانة أنهت إصلاح الأرصفة المتضررة وإن حركة الشحن ستعود تدريجيا خلال الأسبوع.';
    const html = `<html><head><title>إعادة فتح الميناء</title></head><body>
      <div hidden data-x="1"><p>نص مخفي عن القارئ لا يظهر في الصفحة ولا ينبغي أن يقرأ مع الخبر إطلاقا.</p></div>
      <main data-layout="wide" data-id="7"><article class="story" data-node="9">
      <h1 data-role="headline">إعادة فتح الميناء</h1>
      <time datetime="2025-03-14T09:30:00+03:00" data-fmt="d">14 مارس 2025</time>
      <p data-para="1" data-words="20">${lead}</p>
      <p data-para="2" data-words="22">${second}</p>
      </article></main></body></html>`;
    const { body, x } = read(html);
    expect(body.join(' ')).toContain('فرق الصيانة');
    expect(body.join(' ')).not.toContain('نص مخفي');
    expect(x.published?.value.value?.slice(0, 10)).toBe('2025-03-14');
  });
});
