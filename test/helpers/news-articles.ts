// Short Arabic news reports written for the watcher's tests, in the manner of real outlets'
// pages (menus, dateline, share buttons, related links, footer). Every sentence is our own.
export interface Article {
  slug: string;
  title: string;
  /** ISO date-time the page states. */
  published: string;
  paragraphs: string[];
}

export const ARTICLES: Article[] = [
  {
    slug: 'amman-cairo-talks',
    title: 'وزير الخارجية الأردني يبحث مع نظيره المصري تطورات الأوضاع في غزة',
    published: '2025-03-04T11:20:00+03:00',
    paragraphs: [
      'عمّان - بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري بدر عبد العاطي، اليوم الثلاثاء، تطورات الأوضاع في قطاع غزة وسبل إيصال المساعدات الإنسانية إلى السكان.',
      'وقالت وزارة الخارجية الأردنية في بيان إن الوزيرين أكدا خلال لقائهما في عمّان ضرورة تثبيت وقف إطلاق النار وفتح المعابر أمام قوافل الإغاثة دون قيود.',
      'وأضاف البيان أن الجانبين اتفقا على مواصلة التنسيق بين البلدين قبيل الاجتماع الوزاري العربي المقرر في القاهرة الأسبوع المقبل.',
    ],
  },
  {
    slug: 'erdogan-putin-call',
    title: 'أردوغان وبوتين يبحثان هاتفياً الملف السوري وأمن البحر الأسود',
    published: '2025-03-05T18:05:00+03:00',
    paragraphs: [
      'أنقرة - أجرى الرئيس التركي رجب طيب أردوغان اتصالاً هاتفياً مع نظيره الروسي فلاديمير بوتين، مساء الأربعاء، تناول العلاقات الثنائية والملف السوري.',
      'وذكرت دائرة الاتصال في الرئاسة التركية أن أردوغان شدد خلال الاتصال على أهمية الحفاظ على الهدوء في شمال سوريا وضمان سلامة الملاحة في البحر الأسود.',
      'من جهته، قال الكرملين إن الرئيسين ناقشا أيضاً التعاون في مجال الطاقة واتفقا على مواصلة الاتصالات بينهما في الفترة المقبلة.',
    ],
  },
  {
    slug: 'beirut-protest',
    title: 'محتجون يقطعون طرقاً في بيروت احتجاجاً على رفع أسعار المحروقات',
    published: '2025-03-06T09:40:00+02:00',
    paragraphs: [
      'بيروت - قطع عشرات المحتجين، صباح الخميس، عدداً من الطرق الرئيسية في العاصمة اللبنانية بيروت احتجاجاً على قرار الحكومة رفع أسعار المحروقات للمرة الثالثة خلال شهرين.',
      'وأحرق المحتجون الإطارات قرب جسر الرينغ وسط المدينة، ورفعوا لافتات تطالب بتحسين الأجور وضبط أسعار السلع الأساسية.',
      'وانتشرت وحدات من الجيش اللبناني في المكان وعملت على إعادة فتح الطرق بعد ساعات من الاحتجاج، من دون تسجيل إصابات.',
    ],
  },
  {
    slug: 'idlib-shelling',
    title: 'قتيلان وثلاثة جرحى بقصف مدفعي على ريف إدلب الجنوبي',
    published: '2025-03-07T14:15:00+03:00',
    paragraphs: [
      'إدلب - قُتل مدنيان وأصيب ثلاثة آخرون بجروح، اليوم الجمعة، جراء قصف مدفعي استهدف بلدة في ريف إدلب الجنوبي شمال غربي سوريا.',
      'وقال الدفاع المدني السوري إن فرقه انتشلت الضحايا من تحت أنقاض منزل دمره القصف، ونقلت الجرحى إلى مستشفى قريب لتلقي العلاج.',
      'وأوضح مصدر محلي أن القصف مصدره مواقع قوات النظام المتمركزة في ريف حماة الشمالي، وأنه تسبب في موجة نزوح جديدة نحو المخيمات الحدودية.',
    ],
  },
  {
    slug: 'riyadh-doha-agreement',
    title: 'السعودية وقطر توقعان اتفاقية للتعاون في مجال النقل البحري',
    published: '2025-03-08T16:30:00+03:00',
    paragraphs: [
      'الرياض - وقعت المملكة العربية السعودية ودولة قطر، السبت، اتفاقية للتعاون في مجال النقل البحري والموانئ، على هامش اجتماع مجلس التنسيق السعودي القطري في الرياض.',
      'وتنص الاتفاقية على تسهيل حركة السفن التجارية بين موانئ البلدين وتبادل الخبرات في إدارة المنافذ البحرية وتدريب الكوادر الفنية.',
      'وقال مسؤول في وزارة النقل السعودية إن الاتفاقية تأتي في إطار تعزيز التكامل الاقتصادي بين دول مجلس التعاون الخليجي.',
    ],
  },
  {
    slug: 'tunis-eu-visit',
    title: 'الرئيس التونسي يستقبل وفداً من المفوضية الأوروبية لبحث ملف الهجرة',
    published: '2025-03-09T12:00:00+01:00',
    paragraphs: [
      'تونس - استقبل الرئيس التونسي قيس سعيّد، الأحد، في قصر قرطاج وفداً من المفوضية الأوروبية برئاسة المفوض المكلف بشؤون الهجرة، لبحث سبل الحد من الهجرة غير النظامية.',
      'وذكرت الرئاسة التونسية في بيان أن سعيّد أكد أن بلاده لن تكون حارساً لحدود غيرها، وأن معالجة الظاهرة تتطلب مقاربة شاملة تعالج أسبابها الاقتصادية.',
      'وأشار البيان إلى أن الجانبين تطرقا أيضاً إلى برامج الدعم الأوروبي المخصصة للشباب والمؤسسات الصغيرة في المناطق الداخلية.',
    ],
  },
  {
    slug: 'baghdad-ankara-water',
    title: 'العراق وتركيا يبحثان زيادة الإطلاقات المائية في نهري دجلة والفرات',
    published: '2025-03-10T10:10:00+03:00',
    paragraphs: [
      'بغداد - بحث وزير الموارد المائية العراقي مع السفير التركي لدى بغداد، الاثنين، زيادة الإطلاقات المائية في نهري دجلة والفرات مع اقتراب موسم الصيف.',
      'وقالت الوزارة في بيان إن الوزير طالب بضمان حصة عادلة للعراق من مياه النهرين، مشيراً إلى تراجع المخزون المائي إلى أدنى مستوياته منذ سنوات.',
      'ونقل البيان عن السفير التركي قوله إن بلاده تتفهم احتياجات العراق وستنقل المطالب إلى الجهات المختصة في أنقرة.',
    ],
  },
  {
    slug: 'rabat-nouakchott-meeting',
    title: 'المغرب وموريتانيا يتفقان على تسريع أشغال الطريق الحدودي الجديد',
    published: '2025-03-11T17:45:00+00:00',
    paragraphs: [
      'الرباط - اتفق المغرب وموريتانيا، الثلاثاء، على تسريع أشغال الطريق الحدودي الجديد الذي يربط البلدين، خلال اجتماع للجنة الفنية المشتركة في الرباط.',
      'وأفاد بيان مشترك بأن الطرفين استعرضا مراحل إنجاز المشروع وحددا جدولاً زمنياً لافتتاحه أمام حركة الشاحنات قبل نهاية العام.',
      'وأكد البيان أن الطريق سيسهم في تنشيط المبادلات التجارية وتسهيل تنقل المسافرين بين المدن الحدودية.',
    ],
  },
];

export interface PageOptions {
  /** The site's name in og:site_name and the masthead; omitted pages name no outlet. */
  site?: string;
  canonical?: string;
  /** Show the publication date on the page (else only the feed or sitemap gives it). */
  dated?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** An article page as a news site serves it. */
export function articlePage(a: Article, o: PageOptions = {}): string {
  const dated = o.dated !== false;
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>${esc(a.title)}${o.site ? ' | ' + esc(o.site) : ''}</title>
${o.site ? `<meta property="og:site_name" content="${esc(o.site)}">` : ''}
<meta property="og:title" content="${esc(a.title)}">
${o.canonical ? `<link rel="canonical" href="${esc(o.canonical)}">` : ''}
${dated ? `<meta property="article:published_time" content="${a.published}">` : ''}
</head>
<body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></nav></header>
<main>
<article>
<h1>${esc(a.title)}</h1>
${dated ? `<time datetime="${a.published}">${a.published.slice(0, 10)}</time>` : ''}
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<div class="share">شارك: فيسبوك | تويتر | واتساب</div>
</article>
<aside><h3>اقرأ أيضاً</h3><ul><li><a href="/news/1">أسعار الذهب تواصل الارتفاع</a></li><li><a href="/news/2">طقس: أمطار متفرقة نهاية الأسبوع</a></li></ul></aside>
</main>
<footer><p>جميع الحقوق محفوظة © 2025</p></footer>
</body>
</html>`;
}

export interface FeedItem {
  url: string;
  title: string;
  published?: string;
}

/** An RSS 2.0 feed. */
export function rssFeed(title: string, items: FeedItem[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${esc(title)}</title>
<link>http://127.0.0.1/</link>
<description>آخر الأخبار</description>
${items.map((i) => `<item><title>${esc(i.title)}</title><link>${esc(i.url)}</link>${i.published ? `<pubDate>${new Date(i.published).toUTCString()}</pubDate>` : ''}<description>${esc(i.title)}</description></item>`).join('\n')}
</channel>
</rss>`;
}

/** An Atom feed. */
export function atomFeed(title: string, items: FeedItem[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${esc(title)}</title>
<link rel="self" href="http://127.0.0.1/atom.xml"/>
${items.map((i) => `<entry><title>${esc(i.title)}</title><link rel="edit" href="${esc(i.url)}/edit"/><link rel="alternate" href="${esc(i.url)}"/>${i.published ? `<published>${i.published}</published>` : ''}<summary>${esc(i.title)}</summary></entry>`).join('\n')}
</feed>`;
}

/** A Google News sitemap. */
export function newsSitemap(siteName: string, items: FeedItem[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${items.map((i) => `<url><loc>${esc(i.url)}</loc><news:news><news:publication><news:name>${esc(siteName)}</news:name><news:language>ar</news:language></news:publication>${i.published ? `<news:publication_date>${i.published}</news:publication_date>` : ''}<news:title>${esc(i.title)}</news:title></news:news></url>`).join('\n')}
</urlset>`;
}

export function sitemapIndex(maps: { url: string; lastmod?: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${maps.map((m) => `<sitemap><loc>${esc(m.url)}</loc>${m.lastmod ? `<lastmod>${m.lastmod}</lastmod>` : ''}</sitemap>`).join('\n')}
</sitemapindex>`;
}
