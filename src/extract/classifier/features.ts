// Features of each block of a page for the block classifier: its text (length, link density,
// punctuation, stop words in Arabic, English, French, German, Spanish), its tag and the class/id
// words of its ancestors, where the rules put it (pruned, header, title, body, cut inside the
// body, footer), its place in the page, the containers above it, its neighbours, and the page
// (its JSON-LD and og:type, its size).
import type { BlockPage } from '../blocks.js';
import { GROUPS, TAGS_ANC } from '../blocks.js';
import { isProseText } from '../lines.js';

/** Where the rules put a block. */
export enum Rule {
  Pruned = 0,
  Header = 1,
  Title = 2,
  Body = 3,
  Cut = 4,
  Footer = 5,
}

const STOP = new Set(
  // English
  (
    'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three ' +
    // French
    'le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette ces il elle ils nous vous sont ont par plus ne se son sa ses leur mais ou été être fait comme tout aussi bien sans peut entre ' +
    // German
    'der die das und ist nicht ein eine einen dem den des mit sich auf für von zu im auch es sie wir ich er sind hat wird werden wurde bei aus nach wie noch nur oder aber vor zur zum über einer eines so man kann dass durch ' +
    // Spanish
    'el los las del por con una para es su al lo como más pero sus le ya fue este ha sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante ' +
    // Arabic
    'في من على إلى الى أن ان عن مع هذا هذه التي الذي كان كانت قد لا ما لم بين بعد قبل حتى أو او ثم كما عند وقد وفي ومن إن هو هي ذلك تلك هناك لكن ضد خلال حيث أي كل بعض أيضا وأن وان التى'
  ).split(/\s+/),
);

// Words of a page's controls and notices rather than of its text: shop, account, consent, sharing,
// a post's widgets, paging (English, French, German, Spanish, Arabic).
const UI = new Set(
  (
    'cookie cookies privacy consent accept reject preferences settings sign login logout register account password email subscribe newsletter unsubscribe ' +
    'cart bag basket checkout wishlist shipping delivery returns refund order orders ships stock available qty quantity price prices sale discount off coupon promo ' +
    'add buy shop shopping reviews review rated rating ratings stars star share tweet pin follow followers reply replies quote report posted posts views likes ' +
    'like joined members member permalink edited upvote downvote votes sponsored advertisement ad ads menu home search skip sort filter filters results showing ' +
    'items view see more less read learn next previous prev back top loading click tap download app help contact faq terms conditions policy copyright rights reserved ' +
    'panier livraison connexion commentaires partager warenkorb versand anmelden teilen kommentare carrito envío compartir iniciar sesión ' +
    'تسجيل الدخول اشترك النشرة سلة السعر الشحن التوصيل شارك مشاركة تعليق تعليقات رد اقرأ المزيد الرئيسية بحث اتصل حقوق محفوظة إعلان الخصوصية الكوكيز أضف اضف تابعنا'
  ).split(/\s+/),
);
const LONGEST_STOP = Math.max(...[...STOP, ...UI].map((w) => w.length));
/** UI words counted by the last stopWords call. */
let uiCount = 0;
const LETTER = /^\p{L}$/u;
// Whether each UTF-16 unit is a letter (\p{L}), read once per unit: 0 not known yet, 1 yes, 2 no.
const letterUnit = new Uint8Array(65536);
const isLetter = (c: number) => {
  let v = letterUnit[c];
  if (!v) letterUnit[c] = v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
};

/** Stop words among the runs of letters of a lowercased text (\p{L}+, as /\p{L}+/gu cuts them). */
function stopWords(t: string): number {
  let n = 0;
  uiCount = 0;
  let start = -1;
  for (let k = 0; k <= t.length; k++) {
    let letter = false;
    let width = 1;
    if (k < t.length) {
      const c = t.charCodeAt(k);
      if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      else if (c >= 0xd800 && c <= 0xdbff && k + 1 < t.length) {
        const cp = t.codePointAt(k)!;
        if (cp > 0xffff) {
          letter = LETTER.test(String.fromCodePoint(cp));
          width = 2;
        }
      } else letter = isLetter(c);
    }
    if (letter) {
      if (start < 0) start = k;
    } else if (start >= 0) {
      if (k - start <= LONGEST_STOP) {
        const w = t.slice(start, k);
        if (STOP.has(w)) n++;
        if (UI.has(w)) uiCount++;
      }
      start = -1;
    }
    k += width - 1;
  }
  return n;
}
const TAG_ONEHOT: Record<string, number> = {
  p: 0,
  div: 1,
  li: 2,
  td: 3,
  th: 3,
  h1: 4,
  h2: 5,
  h3: 5,
  h4: 6,
  h5: 6,
  h6: 6,
  pre: 7,
  blockquote: 8,
  dd: 9,
  dt: 9,
  section: 10,
  article: 10,
  span: 11,
  tr: 12,
  br: 13,
};
const N_TAG = 14;
const NG = GROUPS.length;
const N_ANC_TAGS = TAGS_ANC.length;

const TYPE_FLAGS: RegExp[] = [
  /^(newsarticle|article|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|og:article|scholarlyarticle|liveblogposting)$/,
  /^(product|offer|aggregateoffer|og:product|productgroup)$/,
  /^(discussionforumposting|qapage|question|answer|comment|socialmediaposting)$/,
  /^(itemlist|collectionpage|searchresultspage|listitem|og:website|website|store|localbusiness|organization)$/,
  /^(faqpage|howto|recipe|event|jobposting|course)$/,
  /^(techarticle|softwareapplication|softwaresourcecode|apireference|webapplication)$/,
  /^(breadcrumblist)$/,
  /^(webpage|aboutpage|contactpage|profilepage)$/,
];

let nf = 0;
const F = {
  chars: nf++,
  words: nf++,
  linkDensity: nf++,
  linkOnly: nf++,
  punct: nf++,
  endPunct: nf++,
  digits: nf++,
  upper: nf++,
  stop: nf++,
  wordLen: nf++,
  prose: nf++,
  sentences: nf++,
  dup: nf++,
  copyright: nf++,
  code: nf++,
  pipes: nf++,
  tag: nf,
  _t: (nf += N_TAG),
  near: nf,
  _n: (nf += NG),
  all: nf,
  _a: (nf += NG),
  ancTag: nf,
  _at: (nf += N_ANC_TAGS),
  depth: nf++,
  prune: nf,
  _p: (nf += 4),
  kept: nf++,
  rule: nf,
  _r: (nf += 6),
  pos: nf++,
  charPos: nf++,
  distBody: nf++,
  zone: nf++,
  cont: nf,
  _c: (nf += 4 * 5),
  nb: nf,
  _nb: (nf += 4 * 4),
  pBlocks: nf++,
  pChars: nf++,
  pLink: nf++,
  pBody: nf++,
  pTypes: nf,
  _ty: (nf += TYPE_FLAGS.length),
  pCode: nf++,
  pLi: nf++,
  pHasArticle: nf++,
  titleMatch: nf++,
  ui: nf++,
  currency: nf++,
  ago: nf++,
  afterH1: nf++,
};
export const FEATURES = nf;

// A price: a currency sign or code (the block has digits).
export const CURRENCY =
  /[$€£¥₹₺]|\b(?:usd|eur|gbp|aed|sar|egp|qar|kwd|chf)\b|ر\.س|د\.إ|ريال|جنيه|درهم|دينار/i;
// A post's age or a widget's date: "3 years ago", "منذ 5 ساعات", "yesterday".
const AGO =
  /\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w|months?|mo|years?|yrs?|y)\s+ago\b|\b(?:yesterday|today|just now)\b|منذ\s+\S+\s+(?:ثان|دقيق|ساع|يوم|أيام|ايام|أسبوع|اسبوع|شهر|أشهر|سن|عام)/i;

const COPYRIGHT = /©|copyright|all rights reserved|جميع الحقوق/i;

// The characters a block's text ends a sentence or a quotation with.
const END_PUNCT = new Set([...'.!?؟…:»”"\')'].map((c) => c.charCodeAt(0)));

const NEAR = 3;
const NB = [-2, -1, 1, 2];
const CONT_LEVELS = [1, 2, 3, 5];

/**
 * The feature matrix of a page's blocks (row-major, FEATURES columns), given where the rules put
 * each block (Rule per block).
 */
export function blockFeatures(page: BlockPage, rule: Uint8Array): Float32Array {
  const bs = page.blocks;
  const n = bs.length;
  const X = new Float32Array(n * FEATURES);
  if (!n) return X;
  let total = 0;
  let totalLink = 0;
  let bodyChars = 0;
  let codeBlocks = 0;
  let liBlocks = 0;
  const seen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const b = bs[i];
    total += b.text.length;
    totalLink += b.linkChars;
    if (rule[i] === Rule.Body) bodyChars += b.text.length;
    if (b.code) codeBlocks++;
    if (b.tag === 'li') liBlocks++;
    seen.set(b.text, (seen.get(b.text) ?? 0) + 1);
  }
  // Rule body characters under each element.
  const elBody = new Float64Array(page.stats.length);
  for (let i = 0; i < n; i++) {
    if (rule[i] !== Rule.Body) continue;
    for (const id of bs[i].stack) elBody[id] += bs[i].text.length;
  }
  let types = 0;
  for (const t of page.types) TYPE_FLAGS.forEach((re, k) => (re.test(t) ? (types |= 1 << k) : 0));
  const hasArticle = page.els.some((e) => e.name === 'article' || e.name === 'main');
  const titleKey = page.hints.title ? page.hints.title.toLowerCase().replace(/\s+/g, ' ').trim() : null;
  // Nearest rule-body block before and after each block.
  const prevBody = new Int32Array(n).fill(-1);
  const nextBody = new Int32Array(n).fill(-1);
  for (let i = 0, last = -1; i < n; i++) {
    prevBody[i] = last;
    if (rule[i] === Rule.Body) last = i;
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    nextBody[i] = next;
    if (rule[i] === Rule.Body) next = i;
  }
  const firstBody =
    nextBody[0] >= 0 || rule[0] === Rule.Body ? (rule[0] === Rule.Body ? 0 : nextBody[0]) : -1;
  let lastBody = -1;
  for (let i = n - 1; i >= 0; i--)
    if (rule[i] === Rule.Body) {
      lastBody = i;
      break;
    }

  // The page's headline block: blocks before it are rarely its content.
  let h1 = -1;
  for (let i = 0; i < n && h1 < 0; i++) if (bs[i].tag === 'h1') h1 = i;
  const lp = new Float32Array(n);
  const lw = new Float32Array(n);
  let cum = 0;
  for (let i = 0; i < n; i++) {
    const b = bs[i];
    const o = i * FEATURES;
    const t = b.text;
    const len = t.length;
    // Words (split at spaces), punctuation and letters, in one pass over the text.
    let nw = 1;
    let punct = 0;
    let digits = 0;
    let upper = 0;
    let letters = 0;
    let ends = 0;
    let pipes = 0;
    for (let k = 0; k < len; k++) {
      const c = t.charCodeAt(k);
      if (c === 32) nw++;
      else if (
        c === 46 ||
        c === 44 ||
        c === 59 ||
        c === 58 ||
        c === 33 ||
        c === 63 ||
        c === 0x60c ||
        c === 0x61b ||
        c === 0x61f
      ) {
        punct++;
        if (c === 46 || c === 33 || c === 63 || c === 0x61f) ends++;
      } else if (c >= 48 && c <= 57) digits++;
      else if (c >= 65 && c <= 90) upper++, letters++;
      else if (c >= 97 && c <= 122) letters++;
      else if (c === 124 || c === 0xbb || c === 0x2022 || c === 0xb7) pipes++;
      else if (c > 0x5ff) letters++;
    }
    const wl = len - nw + 1;
    const lettersOnly = t.length > 600 ? t.slice(0, 600) : t;
    const stop = stopWords(lettersOnly.toLowerCase());
    const sampled = lettersOnly === t ? nw : Math.max(1, (nw * 600) / len);
    const ld = b.linkChars / len;
    lp[i] = ld;
    lw[i] = Math.log1p(nw);
    X[o + F.chars] = Math.log1p(len);
    X[o + F.words] = lw[i];
    X[o + F.linkDensity] = ld;
    X[o + F.linkOnly] = b.inLinkOnly ? 1 : 0;
    X[o + F.punct] = punct / nw;
    X[o + F.endPunct] = END_PUNCT.has(t.charCodeAt(len - 1)) ? 1 : 0;
    X[o + F.digits] = digits / len;
    X[o + F.upper] = letters ? upper / letters : 0;
    X[o + F.stop] = Math.min(1, stop / sampled);
    X[o + F.wordLen] = wl / nw;
    X[o + F.prose] = isProseText(t, nw) ? 1 : 0;
    X[o + F.sentences] = Math.log1p(ends);
    X[o + F.dup] = Math.log(seen.get(t)!);
    X[o + F.copyright] = COPYRIGHT.test(t) ? 1 : 0;
    X[o + F.code] = b.code ? 1 : 0;
    X[o + F.pipes] = pipes / nw;
    X[o + F.tag + (TAG_ONEHOT[b.tag] ?? 1)] = 1;
    const st = b.stack;
    let near = 0;
    for (let k = Math.max(0, st.length - NEAR); k < st.length; k++) near |= page.els[st[k]].mask;
    const inner = st.length ? page.els[st[st.length - 1]] : null;
    const all = inner ? inner.allMask : 0;
    const tagMask = inner ? inner.tagMask : 0;
    for (let g = 0; g < NG; g++) {
      if (near & (1 << g)) X[o + F.near + g] = 1;
      if (all & (1 << g)) X[o + F.all + g] = 1;
    }
    for (let g = 0; g < N_ANC_TAGS; g++) if (tagMask & (1 << g)) X[o + F.ancTag + g] = 1;
    X[o + F.depth] = st.length;
    if (b.prune) X[o + F.prune + b.prune] = 1;
    X[o + F.prune] = b.prune;
    X[o + F.kept] = b.kept ? 1 : 0;
    X[o + F.rule + rule[i]] = 1;
    X[o + F.pos] = i / n;
    X[o + F.charPos] = cum / total;
    cum += len;
    const d = Math.min(prevBody[i] < 0 ? 1e9 : i - prevBody[i], nextBody[i] < 0 ? 1e9 : nextBody[i] - i);
    X[o + F.distBody] = rule[i] === Rule.Body ? 0 : d >= 1e9 ? 10 : Math.log1p(d);
    X[o + F.zone] = firstBody < 0 ? -1 : i < firstBody ? 0 : i > lastBody ? 2 : 1;
    for (let k = 0; k < CONT_LEVELS.length; k++) {
      const id = st[st.length - CONT_LEVELS[k]];
      const base = o + F.cont + k * 5;
      if (id === undefined) {
        X[base] = -1;
        continue;
      }
      const s = page.stats[id];
      X[base] = Math.log1p(s.chars);
      X[base + 1] = s.linkChars / Math.max(1, s.chars);
      X[base + 2] = Math.log1p(s.blocks);
      X[base + 3] = s.chars / total;
      X[base + 4] = elBody[id] / Math.max(1, s.chars);
    }
    X[o + F.pBlocks] = Math.log1p(n);
    X[o + F.pChars] = Math.log1p(total);
    X[o + F.pLink] = totalLink / total;
    X[o + F.pBody] = bodyChars / total;
    for (let k = 0; k < TYPE_FLAGS.length; k++) if (types & (1 << k)) X[o + F.pTypes + k] = 1;
    X[o + F.pCode] = Math.log1p(codeBlocks);
    X[o + F.pLi] = liBlocks / n;
    X[o + F.pHasArticle] = hasArticle ? 1 : 0;
    // (lowercasing never shortens a text, and lengthens it only by a dotted İ)
    X[o + F.titleMatch] =
      titleKey !== null &&
      len <= titleKey.length &&
      2 * len >= titleKey.length &&
      t.toLowerCase() === titleKey
        ? 1
        : 0;
    X[o + F.ui] = Math.min(1, uiCount / sampled);
    X[o + F.currency] = digits && CURRENCY.test(t) ? 1 : 0;
    X[o + F.ago] = len < 200 && AGO.test(t) ? 1 : 0;
    X[o + F.afterH1] = h1 < 0 ? 0 : i < h1 ? -1 : i === h1 ? 0 : 1;
  }
  // Neighbours: link density, words, whether the rules keep them in the body.
  for (let i = 0; i < n; i++) {
    const o = i * FEATURES;
    const a = bs[i].stack;
    for (let k = 0; k < 4; k++) {
      const j = i + NB[k];
      const base = o + F.nb + k * 4;
      if (j < 0 || j >= n) {
        X[base] = X[base + 1] = X[base + 2] = X[base + 3] = -1;
        continue;
      }
      X[base] = lp[j];
      X[base + 1] = lw[j];
      X[base + 2] = rule[j] === Rule.Body ? 1 : 0;
      const c = bs[j].stack;
      X[base + 3] = a.length && c.length && a[a.length - 1] === c[c.length - 1] ? 1 : 0;
    }
  }
  return X;
}

// --- Context: the first model's scores around each block ------------------------------------
let nc = 0;
const C = {
  own: nc++,
  words: nc++,
  linkDensity: nc++,
  rule: nc++,
  prune: nc++,
  tag: nc++,
  heading: nc++,
  code: nc++,
  nb: nc,
  _nb: (nc += 6),
  win: nc,
  _w: (nc += 3),
  run: nc,
  _r: (nc += 2),
  cont: nc,
  _c: (nc += 5 * 2),
  best: nc,
  _b: (nc += 3),
  page: nc,
  _p: (nc += 4),
  types: nc,
  _t: (nc += TYPE_FLAGS.length),
};
export const CONTEXT_FEATURES = nc;
const CTX_LEVELS = [1, 2, 3, 5, 8];
const CTX_NB = [-3, -2, -1, 1, 2, 3];

/** What the context features read of a page: each block's size, tag and the ids of its containers. */
export interface Skeleton {
  len: Float32Array;
  words: Float32Array;
  linkDensity: Float32Array;
  prune: Uint8Array;
  tag: Uint8Array;
  code: Uint8Array;
  /** Element ids of each block's ancestors, outermost first. */
  stack: number[][];
  elements: number;
  types: string[];
}

/** The skeleton of a page; its words and link density are read from the block features X when given. */
export function skeleton(page: BlockPage, X?: Float32Array): Skeleton {
  const bs = page.blocks;
  const n = bs.length;
  const sk: Skeleton = {
    len: new Float32Array(n),
    words: new Float32Array(n),
    linkDensity: new Float32Array(n),
    prune: new Uint8Array(n),
    tag: new Uint8Array(n),
    code: new Uint8Array(n),
    stack: new Array(n),
    elements: page.stats.length,
    types: page.types,
  };
  for (let i = 0; i < n; i++) {
    const b = bs[i];
    sk.len[i] = b.text.length;
    sk.words[i] = X ? X[i * FEATURES + F.words] : Math.log1p(b.text.split(' ').length);
    sk.linkDensity[i] = X ? X[i * FEATURES + F.linkDensity] : b.linkChars / b.text.length;
    sk.prune[i] = b.prune;
    sk.tag[i] = TAG_ONEHOT[b.tag] ?? 1;
    sk.code[i] = b.code ? 1 : 0;
    sk.stack[i] = b.stack;
  }
  return sk;
}

/**
 * Features of each block from the first model's probabilities p (one per block): its own, its
 * neighbours', the mean over windows and over each container above it, the container where
 * content is densest, and the page's.
 */
export function contextFeatures(sk: Skeleton, rule: Uint8Array, p: Float32Array): Float32Array {
  const n = sk.len.length;
  const X = new Float32Array(n * CONTEXT_FEATURES);
  if (!n) return X;
  const m = sk.elements;
  const sumP = new Float64Array(m);
  const sumC = new Float64Array(m);
  const gain = new Float64Array(m);
  let total = 0,
    totalP = 0,
    maxP = 0,
    over = 0;
  const len = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = (len[i] = sk.len[i]);
    total += c;
    totalP += p[i] * c;
    if (p[i] > maxP) maxP = p[i];
    if (p[i] >= 0.5) over += c;
    for (const id of sk.stack[i]) {
      sumP[id] += p[i] * c;
      sumC[id] += c;
      gain[id] += (p[i] - 0.5) * c;
    }
  }
  // The container with the most content over furniture, by characters.
  let best = -1;
  for (let id = 0; id < m; id++) if (best < 0 || gain[id] > gain[best]) best = id;
  const bestShare = best >= 0 ? sumC[best] / total : 0;
  let types = 0;
  for (const t of sk.types) TYPE_FLAGS.forEach((re, k) => (re.test(t) ? (types |= 1 << k) : 0));
  // Prefix sums of p·chars and chars for window means.
  const pp = new Float64Array(n + 1);
  const pc = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) (pp[i + 1] = pp[i] + p[i] * len[i]), (pc[i + 1] = pc[i] + len[i]);
  const win = (i: number, r: number) => {
    const a = Math.max(0, i - r),
      b = Math.min(n, i + r + 1);
    return (pp[b] - pp[a] - p[i] * len[i]) / Math.max(1, pc[b] - pc[a] - len[i]);
  };
  const prevOn = new Int32Array(n),
    nextOn = new Int32Array(n);
  for (let i = 0, last = -1e6; i < n; i++) (prevOn[i] = i - last), p[i] >= 0.5 ? (last = i) : 0;
  for (let i = n - 1, next = 1e6; i >= 0; i--) (nextOn[i] = next - i), p[i] >= 0.5 ? (next = i) : 0;
  for (let i = 0; i < n; i++) {
    const o = i * CONTEXT_FEATURES;
    X[o + C.own] = p[i];
    X[o + C.words] = sk.words[i];
    X[o + C.linkDensity] = sk.linkDensity[i];
    X[o + C.rule] = rule[i];
    X[o + C.prune] = sk.prune[i];
    X[o + C.tag] = sk.tag[i];
    X[o + C.heading] = sk.tag[i] === 4 || sk.tag[i] === 5 || sk.tag[i] === 6 ? 1 : 0;
    X[o + C.code] = sk.code[i];
    for (let k = 0; k < CTX_NB.length; k++) {
      const j = i + CTX_NB[k];
      X[o + C.nb + k] = j >= 0 && j < n ? p[j] : -1;
    }
    X[o + C.win] = win(i, 3);
    X[o + C.win + 1] = win(i, 10);
    X[o + C.win + 2] = win(i, 30);
    X[o + C.run] = Math.log1p(Math.min(1e3, prevOn[i]));
    X[o + C.run + 1] = Math.log1p(Math.min(1e3, nextOn[i]));
    const st = sk.stack[i];
    for (let k = 0; k < CTX_LEVELS.length; k++) {
      const id = st[st.length - CTX_LEVELS[k]];
      if (id === undefined) {
        X[o + C.cont + 2 * k] = -1;
        X[o + C.cont + 2 * k + 1] = -1;
        continue;
      }
      X[o + C.cont + 2 * k] = (sumP[id] - p[i] * len[i]) / Math.max(1, sumC[id] - len[i]);
      X[o + C.cont + 2 * k + 1] = sumC[id] / total;
    }
    let inBest = 0;
    for (const id of st) if (id === best) inBest = 1;
    X[o + C.best] = inBest;
    X[o + C.best + 1] = bestShare;
    X[o + C.best + 2] = best >= 0 ? gain[best] / total : 0;
    X[o + C.page] = totalP / total;
    X[o + C.page + 1] = maxP;
    X[o + C.page + 2] = over / total;
    X[o + C.page + 3] = Math.log1p(n);
    for (let k = 0; k < TYPE_FLAGS.length; k++) if (types & (1 << k)) X[o + C.types + k] = 1;
  }
  return X;
}
