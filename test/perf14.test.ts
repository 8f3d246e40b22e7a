// The extractor's fast paths read a page as the plain code they replace: the fast tokenizer as
// htmlparser2's own, tag and attribute names from the buffer as the parser slices and lowercases
// them, class tokens' verdicts as the split-based reading, trimmed lengths as trim().
import { describe, expect, it } from 'vitest';
import { Parser, Tokenizer } from 'htmlparser2';
import { FastTokenizer, NameTable } from '../src/extract/fast-tokenizer.js';
import { GROUPS, NEGATIVE, negativeToken, readToken, trimmedLength } from '../src/extract/blocks.js';

/** Every callback the parser makes on html, in order. */
function events(html: string, fast: boolean): string[] {
  const out: string[] = [];
  const p = new Parser(
    {
      onopentag: (name, attribs) => out.push(`<${name} ${JSON.stringify(attribs)}`),
      ontext: (t) => out.push(`"${t}`),
      onclosetag: (name, implied) => out.push(`</${name} ${implied}`),
      oncomment: (c) => out.push(`!${c}`),
      onprocessinginstruction: (n, d) => out.push(`?${n} ${d}`),
      oncdatastart: () => out.push('cdata'),
    },
    { decodeEntities: true, Tokenizer: fast ? FastTokenizer : Tokenizer },
  );
  p.end(html);
  return out;
}

const PAGES = [
  '<html><head><title>A &amp; B</title></head><body><p class="lead x">Tom &amp; Jerry &lt;3 &copy</p></body></html>',
  '<div data-props="{&quot;a&quot;:&quot;b &amp; c&quot;,&quot;d&quot;:1}" title=\'it&apos;s "x"\' id=main>text</div>',
  '<DIV CLASS="Upper">Mixed <B>case</B> tags</DIV><br/><img src=a.png alt=x><p>unclosed',
  '<script>if (a < b && c > d) { x = "</div>"; }</script><style>a > b { color: red }</style><p>after</p>',
  '<!-- a comment -- with dashes --><!----><!---><p>x</p><!doctype html><?php echo 1; ?>',
  '<svg viewBox="0 0 1 1"><foreignObject><p>in</p></foreignObject><clipPath id=c></clipPath></svg><image src=x>',
  '<p>ends in an entity &amp',
  '<p title="unterminated value',
  '<p>ends inside a tag <a href="x"',
  '<table><tr><td>1<td>2</table><ul><li>a<li>b</ul>&#x41;&#66;&nbsp;&notanentity; & alone',
  '<p>٣ مقالات &quot;مختارة&quot; في <span class="خبر">الصفحة</span></p>',
  '<a href="/?q=1&amp;r=2&s=3" class=\'one&two\'>link &gt; more</a><textarea>&lt;x&gt;</textarea><title>T&amp;</title>',
];

describe('FastTokenizer', () => {
  it('makes the callbacks htmlparser2’s tokenizer makes, in the same order', () => {
    for (const html of PAGES) expect(events(html, true)).toEqual(events(html, false));
  });
  it('reads a long value full of entities as the base tokenizer does', () => {
    const json = `{${Array.from({ length: 2000 }, (_, i) => `&quot;k${i}&quot;:&quot;v &amp; w&quot;`).join(',')}}`;
    const html = `<div data-x="${json}" class="a">text &amp; more</div>`.repeat(3);
    expect(events(html, true)).toEqual(events(html, false));
  });
});

describe('NameTable', () => {
  const t = new NameTable(['class', 'aria-hidden', 'id', 'h1']);
  const find = (s: string) => t.find(`<${s}>`, 1, s.length + 1);
  it('finds a name in either case, and no other', () => {
    expect(find('CLASS')).toBe('class');
    expect(find('Aria-Hidden')).toBe('aria-hidden');
    expect(find('H1')).toBe('h1');
    expect(find('klass')).toBeNull();
    expect(find('ids')).toBeNull();
    expect(find('')).toBeNull();
  });
  it('leaves a name with a character outside ASCII to the parser', () => {
    expect(find('cla\u212Ass')).toBeUndefined();
    expect(find('\u0130d')).toBeUndefined();
  });
});

// The split-based reading of a class/id token the fast reading replaces (over blocks.ts's own word list).
const refNegative = (t: string) => {
  if (/^(tag|category|post|type|status|format)-/.test(t)) return false;
  const parts = t.split(/[-_]+/).filter(Boolean);
  return NEGATIVE.has(t) || NEGATIVE.has(parts[0]) || NEGATIVE.has(parts[parts.length - 1]);
};
const GROUP_WORDS = new Map<string, number>();
GROUPS.forEach(([, re], g) => {
  for (const alt of re.source.slice(2, -2).split('|'))
    for (const w of alt.endsWith('?') ? [alt.slice(0, -1), alt.slice(0, -2)] : [alt])
      if (!GROUP_WORDS.has(w)) GROUP_WORDS.set(w, 1 << g);
});
const refMask = (t: string) => {
  let m = 0;
  for (const part of t.split(/[-_:.]+/)) if (part) m |= GROUP_WORDS.get(part) ?? 0;
  return m;
};

describe('readToken', () => {
  // Tokens made of group and furniture words, other words and the separators, in many orders.
  const words = [
    'nav',
    'author',
    'bio',
    'post',
    'tag',
    'content',
    'x',
    'main',
    'sidebar',
    'cookie',
    'h1',
    '',
  ];
  const seps = ['-', '_', ':', '.', '--', '__', '-_', ''];
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const tokens = [
    '-',
    '--',
    '_-_',
    'a-',
    '-a',
    'nav-',
    '-nav',
    'author-bio',
    'x-author-bio',
    'tag-nav',
    'a.b.c.d',
  ];
  for (let i = 0; i < 5000; i++) {
    let t = '';
    for (let k = 0, n = 1 + rand(4); k < n; k++) t += seps[rand(seps.length)] + words[rand(words.length)];
    if (t) tokens.push(t);
  }
  it('reads each token as the split-based reading does', () => {
    for (const t of tokens) {
      const b = readToken(t);
      expect([t, negativeToken(t), (b & (1 << 24)) !== 0]).toEqual([t, refNegative(t), refNegative(t)]);
      expect([t, b & ((1 << 24) - 1)]).toEqual([t, refMask(t)]);
      expect([t, (b & (1 << 27)) !== 0]).toEqual([t, t.split(/[-_:.]+/).length <= 3]);
    }
  });
});

describe('trimmedLength', () => {
  it('is the length of trim() for every UTF-16 unit, at either end', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `${ch}a${ch}`, `a${ch}`, `${ch}${ch}`])
        if (trimmedLength(s) !== s.trim().length) expect([c, s]).toBe(null);
    }
  });
});
