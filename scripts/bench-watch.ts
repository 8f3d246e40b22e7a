// npm run bench:watch [pages]: `mirsad watch` as a user runs it (the built command) over news
// sites generated here and served on 127.0.0.2–127.0.0.7 (loopback only): 36 feeds and sitemaps
// of 30 outlets, a few thousand article pages, some reported by several outlets (events to
// merge), some republished word for word by an aggregator, some gone (404), some behind a
// redirect, one host slow, one feed failing, one host's robots.txt closing a section.
// Round 1 fetches everything; round 2 finds every feed unchanged. Prints documents per minute,
// requests per document, errors, what conditional GET saved, and the events that appeared.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NewsServer } from '../test/helpers/news-server.js';
import {
  articlePage,
  atomFeed,
  newsSitemap,
  rssFeed,
  sitemapIndex,
  type Article,
} from '../test/helpers/news-articles.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { table } from '../src/cli/format.js';

const TARGET = Number(process.argv[2] ?? 2400);
let seed = 20250312;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
const shuffle = <T>(xs: T[]): T[] =>
  xs
    .map((x) => [rand(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map((x) => x[1]);

// Countries: name, nisba, capital.
const C: [string, string, string][] = [
  ['مصر', 'المصري', 'القاهرة'],
  ['الأردن', 'الأردني', 'عمّان'],
  ['تركيا', 'التركي', 'أنقرة'],
  ['روسيا', 'الروسي', 'موسكو'],
  ['فرنسا', 'الفرنسي', 'باريس'],
  ['السعودية', 'السعودي', 'الرياض'],
  ['قطر', 'القطري', 'الدوحة'],
  ['العراق', 'العراقي', 'بغداد'],
  ['الجزائر', 'الجزائري', 'الجزائر'],
  ['المغرب', 'المغربي', 'الرباط'],
  ['تونس', 'التونسي', 'تونس'],
  ['لبنان', 'اللبناني', 'بيروت'],
  ['الكويت', 'الكويتي', 'الكويت'],
  ['إيران', 'الإيراني', 'طهران'],
  ['الصين', 'الصيني', 'بكين'],
  ['ألمانيا', 'الألماني', 'برلين'],
  ['إيطاليا', 'الإيطالي', 'روما'],
  ['اليابان', 'الياباني', 'طوكيو'],
  ['عُمان', 'العُماني', 'مسقط'],
  ['ليبيا', 'الليبي', 'طرابلس'],
];
const TOPICS = [
  'العلاقات الثنائية وسبل تطويرها',
  'مستجدات الأوضاع في المنطقة',
  'التعاون في مجالي الطاقة والاستثمار',
  'ملف اللاجئين وعودتهم الطوعية',
  'الجهود المبذولة لوقف التصعيد',
  'التحضيرات للقمة المقبلة',
  'أمن الملاحة في البحر الأحمر',
  'التبادل التجاري وإزالة العوائق الجمركية',
  'مشاريع الربط الكهربائي',
  'التعاون في مكافحة الإرهاب',
  'الأمن الغذائي وإمدادات القمح',
  'ملف المياه والسدود',
];
const FIELDS = [
  'النقل البحري',
  'الطاقة المتجددة',
  'التعليم العالي',
  'الصحة',
  'السياحة',
  'الزراعة',
  'الاتصالات',
  'الجمارك',
  'الثقافة',
  'الاستثمار',
];
const GRIEVANCES = [
  'ارتفاع أسعار الوقود',
  'تأخر صرف الرواتب',
  'انقطاع الكهرباء لساعات طويلة',
  'قرار إغلاق مصنع للنسيج',
  'غلاء المعيشة',
  'نقص مياه الشرب',
];
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const BACKGROUND = [
  'وتأتي هذه الخطوة في ظل مساع إقليمية متزايدة لتخفيف حدة التوتر.',
  'وكان الجانبان قد عقدا جولة مشاورات مماثلة مطلع العام الجاري.',
  'وأشار مراقبون إلى أن الملف يشهد تطورات متسارعة خلال الأسابيع الأخيرة.',
  'ولم تصدر تعليقات رسمية من الأطراف الأخرى حتى ساعة إعداد هذا الخبر.',
  'ويرى محللون أن التطورات الأخيرة قد تفتح الباب أمام تفاهمات أوسع.',
  'وشهدت المنطقة خلال الأشهر الماضية سلسلة من اللقاءات على مستويات مختلفة.',
  'ويعاني السكان منذ مدة من تردي الخدمات الأساسية وارتفاع نسب البطالة.',
  'ودعت منظمات محلية إلى فتح تحقيق مستقل في ملابسات ما جرى.',
  'وتعهدت الحكومة في وقت سابق بمعالجة المطالب عبر حزمة إجراءات عاجلة.',
  'ومن المقرر أن تعقد اللجان الفنية اجتماعات متابعة خلال الشهر المقبل.',
  'وبلغ حجم التبادل التجاري بين البلدين نحو {n} مليون دولار العام الماضي.',
  'وأوضح مصدر مطلع أن المباحثات جرت في أجواء وصفها بالإيجابية.',
  'وتتواصل الاتصالات الدبلوماسية بين عواصم المنطقة منذ مطلع الشهر.',
  'ويعد هذا اللقاء الثالث من نوعه منذ بداية العام.',
  'وطالبت أحزاب معارضة بمراجعة السياسات الاقتصادية المتبعة.',
  'وتشير تقديرات رسمية إلى أن نحو {n} ألف شخص تأثروا بالأزمة.',
  'وأكدت وزارة الداخلية أنها ستتخذ الإجراءات اللازمة لحفظ الأمن العام.',
  'وتوقع خبراء أن تنعكس الاتفاقية إيجاباً على فرص العمل في البلدين.',
  'وأشاد الجانبان بمستوى التنسيق القائم في المحافل الدولية.',
  'وكانت الأمم المتحدة قد حذرت من تدهور الأوضاع الإنسانية في المنطقة.',
];

interface Scenario {
  day: Date;
  kind: 'phone' | 'visit' | 'agree' | 'protest' | 'attack';
  a: [string, string, string];
  b: [string, string, string];
  topic: string;
  n: number;
  m: number;
}

function lead(s: Scenario, variant: number): string {
  const wd = WEEKDAYS[s.day.getUTCDay()];
  const [A, nA, capA] = s.a;
  const [B, nB] = s.b;
  switch (s.kind) {
    case 'phone':
      return [
        `${capA} - أجرى وزير الخارجية ${nA} اتصالاً هاتفياً مع نظيره ${nB}، اليوم ${wd}، بحثا خلاله ${s.topic}.`,
        `${capA} - بحث وزير الخارجية ${nA} مع نظيره ${nB} في اتصال هاتفي، ${wd}، ${s.topic}.`,
        `تلقى وزير الخارجية ${nA} اتصالاً هاتفياً من نظيره ${nB} اليوم ${wd}، تناول ${s.topic}.`,
      ][variant % 3];
    case 'visit':
      return [
        `${capA} - استقبل وزير الخارجية ${nA} نظيره ${nB} في ${capA}، اليوم ${wd}، وبحث معه ${s.topic}.`,
        `${capA} - التقى وزير الخارجية ${nA} نظيره ${nB} الذي يزور ${A}، ${wd}، لبحث ${s.topic}.`,
        `عقد وزيرا خارجية ${A} و${B} اجتماعاً في ${capA} اليوم ${wd}، ناقشا فيه ${s.topic}.`,
      ][variant % 3];
    case 'agree':
      return [
        `${capA} - وقعت ${A} و${B}، اليوم ${wd}، اتفاقية للتعاون في مجال ${s.topic}.`,
        `${capA} - وقع البلدان ${A} و${B} اتفاقية للتعاون في مجال ${s.topic} اليوم ${wd} في ${capA}.`,
        `وقعت ${B} و${A} في ${capA}، ${wd}، اتفاقية تعاون في مجال ${s.topic}.`,
      ][variant % 3];
    case 'protest':
      return [
        `${capA} - تظاهر مئات المواطنين في ${capA}، اليوم ${wd}، احتجاجاً على ${s.topic}.`,
        `${capA} - خرج محتجون إلى شوارع ${capA} اليوم ${wd} احتجاجاً على ${s.topic}، ورفعوا شعارات تطالب الحكومة بالتحرك.`,
        `شارك المئات في وقفة احتجاجية وسط ${capA}، ${wd}، احتجاجاً على ${s.topic}.`,
      ][variant % 3];
    case 'attack':
      return [
        `قُتل ${s.n} مدنيين وأصيب ${s.m} آخرون بجروح، اليوم ${wd}، في قصف استهدف سوقاً شعبية في بلدة قرب الحدود بين ${A} و${B}.`,
        `أسفر قصف على سوق شعبية قرب الحدود بين ${A} و${B}، ${wd}، عن مقتل ${s.n} مدنيين وإصابة ${s.m} آخرين.`,
        `قالت مصادر محلية إن ${s.n} مدنيين قتلوا وأصيب ${s.m} آخرون في قصف على سوق شعبية قرب الحدود بين ${A} و${B} اليوم ${wd}.`,
      ][variant % 3];
  }
}

function title(s: Scenario, variant: number): string {
  const [A, nA] = s.a;
  const [B, nB] = s.b;
  const t = {
    phone: [
      `اتصال هاتفي بين وزيري خارجية ${A} و${B}`,
      `وزير الخارجية ${nA} يبحث هاتفياً مع نظيره ${nB} ${s.topic}`,
    ],
    visit: [
      `وزير الخارجية ${nA} يستقبل نظيره ${nB}`,
      `مباحثات ${A.replace(/^ال/, '')}ية ${B.replace(/^ال/, '')}ية في ${s.a[2]}`,
    ],
    agree: [`${A} و${B} توقعان اتفاقية في مجال ${s.topic}`, `اتفاقية تعاون جديدة بين ${A} و${B}`],
    protest: [`احتجاجات في ${s.a[2]} على ${s.topic}`, `مئات يتظاهرون في ${s.a[2]}`],
    attack: [`${s.n} قتلى بقصف على سوق قرب الحدود بين ${A} و${B}`, `قتلى وجرحى بقصف على سوق شعبية`],
  }[s.kind];
  return t[variant % t.length];
}

function report(s: Scenario, variant: number, serial: number): Article & { bodyOnly: string[] } {
  const quote = `وقال متحدث باسم الحكومة ${s.a[1]} إن "بلاده ماضية في ${pick(['تعزيز الحوار', 'حماية مصالح مواطنيها', 'دعم الاستقرار', 'تنفيذ التزاماتها'])}"، مضيفاً أن ${pick(TOPICS)} ${pick(['يحظى بأولوية', 'سيبقى على جدول الأعمال', 'يتطلب جهداً مشتركاً'])}.`;
  const bg = shuffle(BACKGROUND)
    .slice(0, 3 + Math.floor(rand() * 3))
    .map((x) => x.replace('{n}', String(10 + Math.floor(rand() * 990))));
  const paragraphs = [
    lead(s, variant),
    quote,
    bg.slice(0, 2).join(' '),
    bg.slice(2).join(' '),
    `(رقم المتابعة ${serial})`,
  ].filter(Boolean);
  const hour = 8 + Math.floor(rand() * 10);
  const published = `${s.day.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}:00+03:00`;
  return { slug: `a${serial}`, title: title(s, variant), published, paragraphs, bodyOnly: paragraphs };
}

// Outlets: 6 hosts × 5 outlets; each outlet one listing (RSS, Atom, news sitemap or an index).
const HOSTS = 6;
const OUTLETS_PER_HOST = 5;
const NAMES = [
  'الأنباء',
  'صدى الأحداث',
  'المرصد',
  'الضاد',
  'الأفق',
  'البيان اليومي',
  'الشرق الجديد',
  'نبض',
  'الرائد',
  'المشهد',
  'الحدث اليوم',
  'الخبر',
  'منبر',
  'الواحة',
  'الجسر',
  'الراصد',
  'المسار',
  'الوطن العربي',
  'النهار الجديد',
  'الساحل',
  'الشاهد',
  'الميدان',
  'الرسالة',
  'الفجر',
  'الصباح',
  'المنارة',
  'الضفة',
  'القلم',
  'البوصلة',
  'الناقل',
];

interface Outlet {
  name: string;
  host: number;
  prefix: string;
  kind: 'rss' | 'atom' | 'sitemap' | 'index';
  items: { path: string; article: Article; published: string }[];
  named: boolean;
}

async function main() {
  const servers: NewsServer[] = [];
  for (let h = 0; h < HOSTS; h++) {
    const s = new NewsServer();
    await s.start(`127.0.0.${h + 2}`);
    servers.push(s);
  }
  const outlets: Outlet[] = NAMES.map((name, i) => ({
    name,
    host: Math.floor(i / OUTLETS_PER_HOST),
    prefix: `/o${i}`,
    kind: (['rss', 'atom', 'sitemap', 'rss', 'index'] as const)[i % 5],
    items: [],
    named: i % 4 !== 3,
  }));
  const aggregator = outlets[outlets.length - 1];
  const reporters = outlets.slice(0, -1);
  // Scenarios spread over the last three days; each told by one to four outlets, in their own words.
  const now = Date.now();
  let serial = 0;
  let pages = 0;
  while (pages < TARGET) {
    const a = pick(C);
    let b = pick(C);
    while (b === a) b = pick(C);
    const kind = pick(['phone', 'visit', 'agree', 'protest', 'attack'] as const);
    const topic = kind === 'agree' ? pick(FIELDS) : kind === 'protest' ? pick(GRIEVANCES) : pick(TOPICS);
    const day = new Date(
      Math.floor((now - 86_400_000 * (1 + Math.floor(rand() * 3))) / 86_400_000) * 86_400_000,
    );
    const sc: Scenario = {
      day,
      kind,
      a,
      b,
      topic,
      n: 2 + Math.floor(rand() * 9),
      m: 3 + Math.floor(rand() * 15),
    };
    const tellers = shuffle(reporters).slice(0, 1 + Math.floor(rand() * rand() * 4));
    tellers.forEach((o, k) => {
      const r = report(sc, k, ++serial);
      o.items.push({ path: `${o.prefix}/news/${r.slug}`, article: r, published: r.published });
      pages++;
      // One report in twenty-five is republished word for word by the aggregator.
      if (rand() < 0.04) {
        aggregator.items.push({
          path: `${aggregator.prefix}/copy/${r.slug}`,
          article: r,
          published: r.published,
        });
        pages++;
      }
    });
  }
  let redirects = 0;
  let gone = 0;
  let closed = 0;
  const slowHost = HOSTS - 1;
  const listed = new Map<Outlet, { url: string; title: string; published: string }[]>();
  for (const o of outlets) {
    const s = servers[o.host];
    const entries: { url: string; title: string; published: string }[] = [];
    for (const it of o.items) {
      const r = rand();
      let url = s.url(it.path);
      if (r < 0.02) {
        gone++; // listed, then taken down
      } else {
        s.set(it.path, {
          body: articlePage(it.article, { site: o.named ? o.name : undefined, canonical: url }),
          delayMs: o.host === slowHost ? 150 : 0,
        });
      }
      if (r >= 0.02 && r < 0.07) {
        redirects++;
        const short = `${o.prefix}/r/${it.article.slug}`;
        s.set(short, { location: it.path });
        url = s.url(short);
      }
      entries.push({ url, title: it.article.title, published: it.published });
    }
    // Host 2 keeps its opinion section from robots.
    if (o.host === 1) {
      for (let k = 0; k < 5; k++) {
        entries.push({
          url: s.url(`${o.prefix}/opinion/${k}`),
          title: 'رأي',
          published: entries[0]?.published ?? new Date().toISOString(),
        });
        closed++;
      }
    }
    listed.set(o, entries);
  }
  servers[1].set('/robots.txt', {
    body: 'User-agent: *\nDisallow: /o5/opinion/\nDisallow: /o6/opinion/\nDisallow: /o7/opinion/\nDisallow: /o8/opinion/\nDisallow: /o9/opinion/\n',
    contentType: 'text/plain',
  });
  const feeds: { outlet: Outlet; urls: string[] }[] = [];
  for (const o of outlets) {
    const s = servers[o.host];
    const entries = listed.get(o)!;
    const urls: string[] = [];
    if (o.kind === 'rss')
      s.set(`${o.prefix}/feed.xml`, { body: rssFeed(o.name, entries), contentType: 'application/rss+xml' }),
        urls.push(s.url(`${o.prefix}/feed.xml`));
    if (o.kind === 'atom')
      s.set(`${o.prefix}/atom.xml`, { body: atomFeed(o.name, entries), contentType: 'application/atom+xml' }),
        urls.push(s.url(`${o.prefix}/atom.xml`));
    if (o.kind === 'sitemap')
      s.set(`${o.prefix}/news-sitemap.xml`, {
        body: newsSitemap(o.name, entries),
        contentType: 'application/xml',
      }),
        urls.push(s.url(`${o.prefix}/news-sitemap.xml`));
    if (o.kind === 'index') {
      const half = Math.ceil(entries.length / 2);
      s.set(`${o.prefix}/sitemap-1.xml`, {
        body: newsSitemap(o.name, entries.slice(0, half)),
        contentType: 'application/xml',
      });
      s.set(`${o.prefix}/sitemap-2.xml`, {
        body: newsSitemap(o.name, entries.slice(half)),
        contentType: 'application/xml',
      });
      const today = new Date().toISOString().slice(0, 10);
      s.set(`${o.prefix}/sitemap-index.xml`, {
        body: sitemapIndex([
          { url: s.url(`${o.prefix}/sitemap-1.xml`), lastmod: today },
          { url: s.url(`${o.prefix}/sitemap-2.xml`), lastmod: today },
        ]),
        contentType: 'application/xml',
      });
      urls.push(s.url(`${o.prefix}/sitemap-index.xml`));
    }
    // Six outlets also have a section feed repeating part of the main one (same URLs: fetched once).
    if (outlets.indexOf(o) % 5 === 0) {
      s.set(`${o.prefix}/politics.xml`, {
        body: rssFeed(
          o.name,
          entries.filter((_, k) => k % 3 === 0),
        ),
        contentType: 'application/rss+xml',
      });
      urls.push(s.url(`${o.prefix}/politics.xml`));
    }
    feeds.push({ outlet: o, urls });
  }
  // One more feed that fails.
  servers[2].set('/broken/feed.xml', { status: 500 });
  feeds.push({ outlet: { ...outlets[10], name: 'معطل' }, urls: [servers[2].url('/broken/feed.xml')] });
  const nFeeds = feeds.reduce((n, f) => n + f.urls.length, 0);

  const dir = mkdtempSync(path.join(tmpdir(), 'mirsad-bench-watch-'));
  const db = path.join(dir, 'watch.db');
  const yaml = [
    'settings:',
    '  delay: 0',
    '  per_host: 4',
    '  concurrency: 16',
    '  retries: 1',
    '  max_sitemaps: 5',
    'outlets:',
    ...feeds.map(
      (f) =>
        `  - name: ${f.outlet.name}\n    language: ar\n    feeds:\n${f.urls.map((u) => `      - ${u}`).join('\n')}`,
    ),
  ].join('\n');
  writeFileSync(path.join(dir, 'sources.yaml'), yaml);
  const total = outlets.reduce((n, o) => n + o.items.length, 0);
  process.stdout.write(
    `${nFeeds} feeds and sitemaps of ${outlets.length} outlets on ${HOSTS} hosts; ${total} listed articles (${aggregator.items.length} republished copies, ${redirects} behind a redirect, ${gone} gone), ${closed} closed by robots.txt\n`,
  );

  const run = (args: string[]) =>
    new Promise<{ ms: number; stderr: string; stdout: string; code: number | null }>((resolve) => {
      const t0 = Date.now();
      const child = spawn('node', ['dist/cli/main.js', '--db', db, ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (code) => resolve({ ms: Date.now() - t0, stderr, stdout, code }));
    });
  const hits0 = () => servers.reduce((n, s) => n + s.hits.length, 0);
  const bytesOf = (r: string) => Number(/([\d.]+) MB/.exec(r)?.[1] ?? 0);
  const first = await run(['watch', path.join(dir, 'sources.yaml'), '--once']);
  const h1 = hits0();
  const second = await run(['watch', path.join(dir, 'sources.yaml'), '--once']);
  const h2 = hits0() - h1;
  const round = (r: string) => r.split('\n').find((l) => l.startsWith('round 1'))!;
  process.stdout.write(`\nround 1: ${round(first.stderr)}\nround 2: ${round(second.stderr)}\n`);

  // Nothing fetched twice: every article path asked at most once over both runs.
  const perPath = new Map<string, number>();
  for (const s of servers)
    for (const h of s.hits)
      if (/\/(news|copy|r|opinion)\//.test(h.path))
        perPath.set(s.origin + h.path, (perPath.get(s.origin + h.path) ?? 0) + 1);
  const twice = [...perPath.values()].filter((n) => n > 1).length;

  const store = new SqliteStore(db);
  const docs = await store.listDocuments();
  const events = await store.listEvents();
  const counts = await store.watchCounts(new Date().toISOString());
  await store.close();
  const byType = new Map<string, number>();
  for (const e of events)
    byType.set(
      `${e.type}${e.mode ? '/' + e.mode : ''}`,
      (byType.get(`${e.type}${e.mode ? '/' + e.mode : ''}`) ?? 0) + 1,
    );
  const multi = events.filter((e) => new Set(e.reports.map((r) => r.outlet)).size > 1).length;
  const stored = counts.results.inserted ?? 0;
  const secs = first.ms / 1000;
  process.stdout.write(
    '\n' +
      table(
        ['measure', 'value'],
        [
          ['documents stored (round 1)', String(stored)],
          ['republished copies (sightings)', String(counts.results.republished ?? 0)],
          ['wall time of round 1 (process start, KB, events included)', `${secs.toFixed(1)} s`],
          ['documents per minute', (stored / (secs / 60)).toFixed(0)],
          ['HTTP requests, round 1 (server count)', String(h1)],
          ['requests per stored document', (h1 / stored).toFixed(2)],
          [
            'errors: failed feeds / gone pages / failed pages',
            `${first.stderr.match(/^error: feed/gm)?.length ?? 0} / ${counts.urls.gone ?? 0} / ${counts.urls.failed ?? 0}`,
          ],
          ['disallowed by robots.txt', String(counts.urls.disallowed ?? 0)],
          [
            'round 2: requests (feeds asked conditionally)',
            `${h2} (${second.stderr.match(/(\d+) unchanged/)?.[1] ?? '?'} answered 304), ${(second.ms / 1000).toFixed(1)} s`,
          ],
          [
            'round 2: MB received vs round 1',
            `${bytesOf(round(second.stderr))} vs ${bytesOf(round(first.stderr))}`,
          ],
          ['URLs asked more than once (both rounds)', String(twice)],
          ['documents in the store', String(docs.length)],
          ['merged events / reported by 2+ outlets', `${events.length} / ${multi}`],
          [
            'events by type',
            [...byType]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 8)
              .map(([k, v]) => `${k} ${v}`)
              .join(', '),
          ],
        ],
      ) +
      '\n',
  );
  const status = await run(['status']);
  process.stdout.write('\n' + status.stdout.split('\n').slice(-3).join('\n'));
  for (const s of servers) await s.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
