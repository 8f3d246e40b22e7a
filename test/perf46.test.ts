// perf46's fast paths give what the code they replace gave: normalize lowercases an opening run
// of capitals at once where the rules mapped it unit by unit, and a block is named by the tag
// closing it when its text (in a link or not) shows a character, as /\S/ over its text found.
// Also held here, as the page reading tried and dropped other shortcuts for them: the page's
// JSON-LD types as matchAll finds them, and class and id tokens found again across pages as read.
import { describe, expect, it } from 'vitest';
import { collapseBlanks, normalize, shadow } from '../src/arabic/normalize.js';
import { GROUPS, readBlocks, readToken } from '../src/extract/blocks.js';
// (The trainer's xorshift generator, seeded: a failure can be run again.)
import { rng } from '../src/extract/classifier/gbdt.js';

/** normalize as it was: each unit mapped by the rules (the shadow's text), blank runs folded. */
const unitByUnit = (s: string) => collapseBlanks(shadow(s).text);

describe('normalize', () => {
  const pieces = [
    'A',
    'Z',
    'Q',
    'a',
    'z',
    ' ',
    '  ',
    '\u00a0',
    '.',
    '7',
    'É',
    'Σ',
    'İ',
    'ǅ',
    'Ａ',
    '\u{10400}',
    '😀',
    'ب',
    'أ',
    'ة',
    '٣',
    '’',
    '“',
    '\u064e',
    '\u200f',
    '—',
    '中',
    '\ufeff',
  ];
  it('gives what mapping each unit gave, capitals first or anywhere', () => {
    const rand = rng(46);
    for (let n = 0; n < 20000; n++) {
      let s = '';
      for (let k = Math.floor(rand() * 14); k > 0; k--) s += pieces[Math.floor(rand() * pieces.length)];
      expect(normalize(s)).toBe(unitByUnit(s));
    }
  });
  it('reads lines of a report as before', () => {
    for (const s of [
      'The Prime Minister Told Reporters On Tuesday That Talks Would Resume',
      'NEW YORK (Reuters) - Shares in Acme Corp fell 4% on Monday.',
      'Officials said the bridge, closed since March, would reopen ‘within weeks’.',
      'ΣΟΦΙΑ İSTANBUL',
      'أعلنت الحكومة اليوم عن خطة جديدة',
      'UN envoy: “We are close” — أعلن المبعوث',
    ])
      expect(normalize(s)).toBe(unitByUnit(s));
  });
});

describe('page types', () => {
  /** The JSON-LD types as the expression over the whole page found them. */
  const byMatchAll = (html: string) =>
    [...html.matchAll(/"@type"\s*:\s*(?:\[\s*)?"([^"]{1,60})"/g)].map((m) => m[1].toLowerCase());
  it('finds each "@type" value, near misses and overlaps as matchAll did', () => {
    const parts = [
      '"@type":"NewsArticle"',
      '"@type" : [ "Article", "BlogPosting"]',
      '"@type": 5',
      '"@type""@type":"Person"',
      '"@type":"',
      '"@type":"x"@type"',
      '"@type"\n:\n"WebPage"',
      '{"name":"A Reporter"}',
      ' text ',
    ];
    const rand = rng(146);
    for (let n = 0; n < 500; n++) {
      let ld = '';
      for (let k = Math.floor(rand() * 8); k > 0; k--) ld += parts[Math.floor(rand() * parts.length)];
      const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><p>Rain fell on the capital for a third day.</p></body></html>`;
      expect(readBlocks(html).types).toEqual(byMatchAll(html));
    }
  });
});

describe('class and id tokens', () => {
  it('give an element the groups its tokens name, read anew or found again', () => {
    const classes = [
      'entry-content main',
      'post-body',
      'Related-Posts sidebar',
      'share_buttons x',
      'zz-unknown-thing',
    ];
    const groupsOf = (cls: string) => {
      let m = 0;
      for (const t of cls.toLowerCase().split(/\s+/)) m |= readToken(t) & ((1 << GROUPS.length) - 1);
      return m;
    };
    // Twice: the second page finds the tokens the first one read.
    for (let round = 0; round < 2; round++) {
      const html = `<html><body>${classes.map((c) => `<section class="${c}"><p>The council met on Friday to vote on the budget.</p></section>`).join('')}</body></html>`;
      const els = readBlocks(html).els.filter((e) => e.name === 'section');
      expect(els.map((e) => e.mask)).toEqual(classes.map(groupsOf));
    }
  });
});

describe('block tags', () => {
  it('names a block by its closing tag when its text, in a link or not, shows a character', () => {
    const html =
      '<html><body><ul><li><a href="/a">Flood warnings issued for the coast</a></li></ul>' +
      '<blockquote>  <a href="/b"> </a> </blockquote><h2>Markets close higher</h2>' +
      '<td><span>\u00a0</span>Turnout reached sixty percent</td></body></html>';
    const blocks = readBlocks(html).blocks.map((b) => [b.tag, b.text]);
    expect(blocks).toEqual([
      ['li', 'Flood warnings issued for the coast'],
      ['h2', 'Markets close higher'],
      ['td', 'Turnout reached sixty percent'],
    ]);
  });
});
