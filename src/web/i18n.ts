// Interface strings in Arabic (first) and English, and the names of PLOVER types and modes.
export type Lang = 'ar' | 'en';

const STRINGS = {
  appName: ['مرصاد', 'Mirsad'],
  timeline: ['الخط الزمني', 'Timeline'],
  map: ['الخريطة', 'Map'],
  search: ['بحث', 'Search'],
  outlets: ['المصادر الإعلامية', 'Outlets'],
  stories: ['القصص', 'Stories'],
  language: ['English', 'العربية'],
  loading: ['جارٍ التحميل…', 'Loading…'],
  error: ['تعذّر التحميل', 'Could not load'],
  notFound: ['غير موجود', 'Not found'],
  from: ['من', 'From'],
  to: ['إلى', 'To'],
  type: ['النوع', 'Type'],
  anyType: ['كل الأنواع', 'Any type'],
  actor: ['الفاعل', 'Actor'],
  place: ['المكان', 'Place'],
  country: ['البلد (رمز ISO)', 'Country (ISO code)'],
  outlet: ['المصدر الإعلامي', 'Outlet'],
  anyOutlet: ['كل المصادر', 'Any outlet'],
  status: ['الحالة', 'Status'],
  anyStatus: ['كل الحالات', 'Any status'],
  text: ['نص', 'Text'],
  apply: ['تطبيق', 'Apply'],
  clear: ['مسح', 'Clear'],
  sort: ['الترتيب', 'Sort'],
  byDate: ['حسب تاريخ الحدث', 'by event date'],
  byPublished: ['حسب تاريخ النشر', 'by publication'],
  byReports: ['حسب عدد التقارير', 'by reports'],
  byOutlets: ['حسب عدد المصادر', 'by outlets'],
  asc: ['تصاعدي', 'ascending'],
  desc: ['تنازلي', 'descending'],
  events: ['الأحداث', 'Events'],
  eventsCount: ['حدث', 'events'],
  more: ['المزيد', 'More'],
  volume: ['عدد الأحداث في اليوم', 'Events per day'],
  volumeMonth: ['عدد الأحداث في الشهر', 'Events per month'],
  zoomOut: ['عرض كل التواريخ', 'Show all dates'],
  undatedCount: ['أحداث بلا يوم معروف', 'events with no known day'],
  reports: ['تقارير', 'reports'],
  report: ['تقرير', 'report'],
  noStory: ['خارج القصص', 'No story'],
  story: ['القصة', 'Story'],
  disagree: ['خلاف', 'disagree'],
  agree: ['اتفاق', 'agree'],
  date: ['التاريخ', 'Date'],
  participants: ['المشاركون', 'Participants'],
  sources: ['الفاعل', 'Source'],
  sidesField: ['من فعل بمن', 'Who acted on whom'],
  targets: ['المفعول به', 'Target'],
  location: ['مكان الحدث', 'Location'],
  placesDiscussed: ['أماكن مذكورة', 'Places mentioned'],
  mode: ['الطريقة', 'Mode'],
  killed: ['القتلى', 'Killed'],
  wounded: ['الجرحى', 'Wounded'],
  fieldsAcross: ['الحقول عبر التقارير', 'Fields across reports'],
  reportsSideBySide: ['التقارير جنباً إلى جنب', 'Reports side by side'],
  published: ['النشر', 'Published'],
  unknownPublished: ['تاريخ النشر غير معروف', 'publication date unknown'],
  dateAsWritten: ['التاريخ كما ورد', 'Date as written'],
  resolvedTo: ['أي', 'resolved to'],
  claims: ['الأقوال', 'Claims'],
  noClaims: ['لا أقوال منسوبة', 'No attributed claims'],
  accordingTo: ['حسب', 'according to'],
  theOutlet: ['المصدر الإعلامي نفسه', 'the outlet itself'],
  inArticle: ['في المقال', 'in the article'],
  supportedBy: ['يؤيده', 'supported by'],
  ofReports: ['من', 'of'],
  independent: ['مستقلة', 'independent'],
  copyOf: ['نسخة منشورة عن', 'republishes'],
  noOutlet: ['(مصدر غير معروف)', '(no outlet)'],
  noTitle: ['(بلا عنوان)', '(no title)'],
  article: ['المقال', 'Article'],
  author: ['الكاتب', 'Author'],
  furnitureCut: ['ما قُصّ من الصفحة', 'What was cut from the page'],
  why: ['لماذا', 'why'],
  highlights: ['التظليل', 'Highlights'],
  entities: ['الكيانات', 'Entities'],
  times: ['التواريخ', 'Dates'],
  triggers: ['كلمات الحدث', 'Event words'],
  stance: ['مؤشرات الموقف', 'Stance markers'],
  casualties: ['الأعداد', 'Numbers'],
  messages: ['ملاحظات', 'Notes'],
  copies: ['نسخ منشورة في أماكن أخرى', 'Republished elsewhere'],
  eventsInArticle: ['أحداث هذا المقال', 'Events in this article'],
  roles: ['الأدوار', 'Roles'],
  asSource: ['فاعل', 'as source'],
  asTarget: ['مفعول به', 'as target'],
  asParticipant: ['مشارك', 'as participant'],
  asLocation: ['مكان وقوع', 'where it happened'],
  asPlace: ['مكان مذكور', 'place mentioned'],
  overTime: ['الأحداث عبر الزمن', 'Events over time'],
  coActors: ['فاعلون مشاركون', 'Co-actors'],
  wikidata: ['ويكي بيانات', 'Wikidata'],
  searchPlaceholder: ['ابحث في التقارير…', 'Search the reports…'],
  documents: ['المقالات', 'Documents'],
  noResults: ['لا نتائج', 'No results'],
  outletReports: ['المقالات', 'Articles'],
  outletEvents: ['الأحداث', 'Events'],
  firstReports: ['سبق إليها', 'Reported first'],
  datesDiffer: ['خالف تاريخُه الآخرين', 'Date differs'],
  numbersDiffer: ['خالفت أعدادُه الآخرين', 'Numbers differ'],
  ofCompared: ['من', 'of'],
  unplaced: ['أحداث بلا مكان معروف', 'events with no known place'],
  export: ['تصدير', 'Export'],
  total: ['المجموع', 'Total'],
  confidence: ['نسبة التأييد', 'support'],
} as const;

export type Key = keyof typeof STRINGS;

let lang: Lang = 'ar';
try {
  if (localStorage.getItem('mirsad.lang') === 'en') lang = 'en';
} catch {
  /* storage may be off */
}

export const getLang = (): Lang => lang;

export function setLang(l: Lang): void {
  lang = l;
  try {
    localStorage.setItem('mirsad.lang', l);
  } catch {
    /* ignore */
  }
  applyLang();
}

export function applyLang(): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = t('appName');
}

export const t = (k: Key): string => STRINGS[k][lang === 'ar' ? 0 : 1];

const TYPES: Record<string, [string, string]> = {
  AGREE: ['اتفاق', 'Agree'],
  ACCUSE: ['اتهام', 'Accuse'],
  ASSAULT: ['هجوم', 'Assault'],
  AID: ['مساعدة', 'Aid'],
  COERCE: ['إكراه', 'Coerce'],
  CONCEDE: ['تنازل', 'Concede'],
  CONSULT: ['تشاور', 'Consult'],
  COOPERATE: ['تعاون', 'Cooperate'],
  DEMAND: ['مطالبة', 'Demand'],
  MOBILIZE: ['تعبئة', 'Mobilize'],
  PROTEST: ['احتجاج', 'Protest'],
  REJECT: ['رفض', 'Reject'],
  REQUEST: ['طلب', 'Request'],
  RETREAT: ['تراجع', 'Retreat'],
  SANCTION: ['عقوبة', 'Sanction'],
  SUPPORT: ['دعم', 'Support'],
  THREATEN: ['تهديد', 'Threaten'],
};
export const PLOVER_TYPES = Object.keys(TYPES);

const MODES: Record<string, [string, string]> = {
  phone: ['اتصال هاتفي', 'phone call'],
  meeting: ['لقاء', 'meeting'],
  visit: ['زيارة', 'visit'],
  aerial: ['قصف جوي', 'air strike'],
  shelling: ['قصف مدفعي', 'shelling'],
  explosion: ['انفجار', 'explosion'],
  riot: ['شغب', 'riot'],
  demonstrate: ['تظاهر', 'demonstration'],
  strike: ['إضراب', 'strike'],
  ceasefire: ['وقف إطلاق النار', 'ceasefire'],
  arrest: ['اعتقال', 'arrest'],
  ground: ['هجوم بري', 'ground assault'],
  abduction: ['اختطاف', 'abduction'],
};

const STATUS: Record<string, [string, string]> = {
  asserted: ['وقع', 'happened'],
  planned: ['مخطَّط', 'planned'],
  negated: ['منفي', 'negated'],
  background: ['خلفية', 'background'],
  referenced: ['مُشار إليه', 'referenced'],
  conditional: ['مشروط', 'conditional'],
};

const pick = (table: Record<string, [string, string]>, k: string | null | undefined) =>
  k ? (table[k]?.[lang === 'ar' ? 0 : 1] ?? k) : '';
export const typeLabel = (type: string, mode?: string | null) =>
  pick(TYPES, type) + (mode ? ` · ${pick(MODES, mode)}` : '');
export const statusLabel = (s: string) => pick(STATUS, s);
export const modeLabel = (m: string) => pick(MODES, m);

const FIELDS: Record<string, Key> = {
  date: 'date',
  participants: 'participants',
  sides: 'sidesField',
  location: 'location',
  mode: 'mode',
  killed: 'killed',
  wounded: 'wounded',
};
export const fieldLabel = (f: string) => (FIELDS[f] ? t(FIELDS[f]) : f);

const STANCE: Record<string, [string, string]> = {
  distancing: ['تبرّؤ', 'distancing'],
  hedge: ['تحفّظ', 'hedge'],
  endorsing: ['تأييد', 'endorsing'],
};
export const stanceLabel = (k: string) => pick(STANCE, k);

const ENTITY_TYPES: Record<string, [string, string]> = {
  PERSON: ['شخص', 'person'],
  ORG: ['هيئة', 'organisation'],
  GPE: ['بلد أو مدينة', 'country or city'],
  LOC: ['مكان', 'place'],
};
export const entityTypeLabel = (k: string) => pick(ENTITY_TYPES, k);

/** Names by the interface language: the Arabic name first, the English one in English. */
export const nameOf = (e: { ar: string; en: string }) => (lang === 'ar' ? e.ar || e.en : e.en || e.ar);
