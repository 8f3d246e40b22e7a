// Arabic HTML pages for measuring extraction: the seed articles laid out in three page templates
// written for this project (a WordPress theme, a news CMS with JSON-LD, an AMP page), plus one
// page served in windows-1256. Gold comes from the seeds' gold file: the body is the seed's lines
// from body_first to body_last without the gold's "not in body" strings; title, author, outlet and
// date are the gold values.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { lettersOnly } from '../arabic/normalize.js';

import type { GoldDoc } from './seeds.js';

export interface ArabicPage {
  name: string;
  bytes: Buffer;
  gold: {
    title: string;
    outlet: string | null;
    author: string | null;
    published: string | null;
    body: string[];
  };
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function goldBody(text: string, g: GoldDoc): string[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const a = lines.findIndex((l) => lettersOnly(l) === lettersOnly(g.body_first));
  const b = lines.findIndex((l) => lettersOnly(l) === lettersOnly(g.body_last));
  const cut = new Set(g.not_in_body.map(lettersOnly));
  return lines.slice(a, b + 1).filter((l) => !cut.has(lettersOnly(l)));
}

function wordpress(g: GoldDoc, body: string[], site: string): string {
  const date = g.published?.value.slice(0, 10);
  return `<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>${esc(g.title)} &#8211; ${esc(site)}</title>
<meta property="og:title" content="${esc(g.title)}"><meta property="og:site_name" content="${esc(site)}">
${date ? `<meta property="article:published_time" content="${g.published!.value}">` : ''}</head>
<body class="post-template-default single single-post"><div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">${esc(site)}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/">الرئيسية</a></li><li><a href="/c/syria">سوريا</a></li><li><a href="/c/world">عربي ودولي</a></li><li><a href="/c/econ">اقتصاد</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post status-publish format-standard hentry category-news tag-syria">
<header class="entry-header"><h1 class="entry-title">${esc(g.title)}</h1><div class="entry-meta">${date ? `<span class="posted-on"><time class="entry-date published" datetime="${g.published!.value}">${date}</time></span>` : ''}${g.author ? ` <span class="byline">بقلم: <span class="author vcard">${esc(g.author)}</span></span>` : ''}</div></header>
<div class="entry-content">${body.map((p) => `<p>${esc(p)}</p>`).join('\n')}</div>
<footer class="entry-footer"><span class="tags-links">وسوم: <a href="/t/1">روسيا</a>، <a href="/t/2">تركيا</a></span></footer></article>
<nav class="navigation post-navigation"><a href="/p/prev">المقال السابق: اجتماع أمني في أنقرة</a></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">اترك تعليقاً</h3><form class="comment-form"><p>لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p><textarea></textarea></form></div></div>
</main><aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">الأكثر قراءة</h2><ul><li><a href="/a">ارتفاع أسعار الذهب في الأسواق المحلية</a></li><li><a href="/b">منتخب الشباب يتأهل إلى النهائي</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">جميع الحقوق محفوظة © ${esc(site)}</div></footer></div></body></html>`;
}

function newsCms(g: GoldDoc, body: string[], site: string, charset = 'utf-8'): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: g.title,
    datePublished: g.published?.value,
    author: g.author ? { '@type': 'Person', name: g.author } : undefined,
    publisher: { '@type': 'Organization', name: site },
  };
  const half = Math.ceil(body.length / 2);
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="${charset}"><title>${esc(g.title)} | ${esc(site)}</title>
<meta property="og:site_name" content="${esc(site)}"><script type="application/ld+json">${JSON.stringify(ld)}</script>
<script>window.dataLayer=[];function gtag(){}</script></head><body>
<div class="top-bar"><span class="date-now">آخر تحديث</span></div>
<nav class="navbar"><a href="/">الرئيسية</a> <a href="/news">أخبار</a> <a href="/opinion">مقالات</a> <a href="/video">فيديو</a></nav>
<div class="breadcrumbs"><a href="/">الرئيسية</a> » <a href="/news">أخبار</a></div>
<div class="container"><div class="article-page"><h1 class="article-title">${esc(g.title)}</h1>
${g.author ? `<div class="article-author">${esc(g.author)}</div>` : ''}
<div class="social-share"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
<div class="article-body">${body
    .slice(0, half)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n')}
<div class="read-also"><strong>اقرأ أيضاً:</strong> <a href="/x">روسيا وتركيا تبحثان ملف الشمال السوري</a></div>
${body
  .slice(half)
  .map((p) => `<p>${esc(p)}</p>`)
  .join('\n')}</div>
<div class="article-tags"><a href="/tag/1">سوريا</a> <a href="/tag/2">إدلب</a></div>
<div class="related-news"><h3>أخبار ذات صلة</h3><ul><li><a href="/r1">مباحثات في موسكو حول الطاقة</a></li><li><a href="/r2">وفد تركي يزور دمشق</a></li></ul></div>
</div></div><footer class="footer"><p>جميع الحقوق محفوظة لـ${esc(site)}</p><a href="/privacy">سياسة الخصوصية</a></footer></body></html>`;
}

function amp(g: GoldDoc, body: string[], site: string): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: g.title,
    datePublished: g.published?.value,
    author: g.author ? [{ '@type': 'Person', name: g.author }] : undefined,
    publisher: { '@type': 'Organization', name: site },
  };
  return `<!doctype html><html ⚡ lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${esc(g.title)}</title><link rel="canonical" href="https://example.org/${encodeURIComponent(g.file)}">
<script async src="https://cdn.ampproject.org/v0.js"></script><script type="application/ld+json">${JSON.stringify(ld)}</script><style amp-custom>body{font-family:sans-serif}</style></head>
<body><header class="amp-header"><a href="/">${esc(site)}</a></header><amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">الأخبار</a></li></ul></amp-sidebar>
<article><h1>${esc(g.title)}</h1><amp-img src="/i.jpg" width="600" height="400" layout="responsive" alt="صورة أرشيفية"></amp-img>
${body.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>
<amp-social-share type="facebook"></amp-social-share><div class="amp-related"><h2>اقرأ المزيد</h2><a href="/m1">تطورات جديدة في الملف السوري</a></div>
<footer>© ${esc(site)} 2024</footer></body></html>`;
}

/** The 16 pages: five seeds × three templates, and one news-CMS page in windows-1256. */
export function arabicPages(seedDir: string, goldPath: string): ArabicPage[] {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { documents: GoldDoc[] };
  const pages: ArabicPage[] = [];
  for (const g of gold.documents) {
    const text = readFileSync(path.join(seedDir, g.file), 'utf8');
    const body = goldBody(text, g);
    // A page always has a site: where the gold has no outlet, the template's own name stands.
    const site = g.outlet ?? 'موقع الأخبار';
    const want = {
      title: g.title,
      outlet: site,
      author: g.author,
      published: g.published?.value ?? null,
      body,
    };
    pages.push({ name: `${g.file}:wordpress`, bytes: Buffer.from(wordpress(g, body, site)), gold: want });
    pages.push({ name: `${g.file}:news-cms`, bytes: Buffer.from(newsCms(g, body, site)), gold: want });
    pages.push({ name: `${g.file}:amp`, bytes: Buffer.from(amp(g, body, site)), gold: want });
  }
  const g = gold.documents[2];
  const body = goldBody(readFileSync(path.join(seedDir, g.file), 'utf8'), g);
  pages.push({
    name: `${g.file}:news-cms-windows-1256`,
    bytes: iconv.encode(newsCms(g, body, g.outlet!, 'windows-1256'), 'windows-1256'),
    gold: { title: g.title, outlet: g.outlet, author: g.author, published: g.published?.value ?? null, body },
  });
  return pages;
}

/** Word-level precision/recall of an extracted body against the gold body. */
export function bodyOverlap(extracted: string, gold: string[]): { tp: number; fp: number; fn: number } {
  const bag = (s: string) => {
    const m = new Map<string, number>();
    for (const w of lettersOnly(s.replace(/\s+/g, ' ')).length
      ? s.split(/\s+/).map(lettersOnly).filter(Boolean)
      : [])
      m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const a = bag(extracted);
  const b = bag(gold.join(' '));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [w, n] of a) {
    const k = b.get(w) ?? 0;
    tp += Math.min(n, k);
    fp += Math.max(0, n - k);
  }
  for (const [w, n] of b) fn += Math.max(0, n - (a.get(w) ?? 0));
  return { tp, fp, fn };
}
