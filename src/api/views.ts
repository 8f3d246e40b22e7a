// Records as the API shows them: the event page (merged record, reports side by side with
// their mentions, claims and per-field disagreement) and the article (text and spans).
import type { AnalyzedDocument, EntityRecord, Span } from '../types.js';
import type { EventRecord, MentionRef } from '../shared/records.js';
import type { Sighting } from '../store/store.js';
import { summarize } from './catalog.js';
import type { Annotation, DocumentJson, EventDetail, EventSummary, MentionJson } from './schemas.js';

const FIELD_NAMES = ['date', 'participants', 'location', 'mode', 'killed', 'wounded'] as const;

const slice = (text: string | undefined, s: Span | null | undefined) =>
  text && s ? text.slice(s.start, s.end) : '';

export function mentionView(m: MentionRef['event'], text: string | undefined): MentionJson {
  return {
    index: m.index,
    type: m.type,
    mode: m.mode,
    status: m.status,
    date: m.date,
    dateText: m.dateSpan ? slice(text, m.dateSpan) || null : null,
    dateSpan: m.dateSpan,
    triggers: m.triggers,
    participants: m.participants.map((p) => ({
      entity: p.entity,
      role: p.role ?? null,
      via: p.via,
      span: p.span,
      text: slice(text, p.span),
    })),
    location: m.location ? { entity: m.location.entity, span: m.location.span, text: m.location.text } : null,
    casualties: {
      ...(m.casualties?.killed ? { killed: m.casualties.killed } : {}),
      ...(m.casualties?.wounded ? { wounded: m.casualties.wounded } : {}),
    },
    sentence: m.sentence,
  };
}

/** The event page: the merged record, then each report with what it says and where it disagrees. */
export function eventDetail(
  e: EventRecord,
  mentions: MentionRef[],
  texts: Map<string, string>,
  story: { id: string; title: string; events: number } | null,
): EventDetail {
  const names = new Map<string, EntityRecord>();
  for (const m of mentions) {
    for (const p of m.event.participants) names.set(p.entity.id, p.entity);
    if (m.event.location) names.set(m.event.location.entity.id, m.event.location.entity);
  }
  const label = (field: string, value: string): string => {
    if (!value) return '';
    if (field === 'participants')
      return value
        .split('+')
        .map((id) => names.get(id)?.ar ?? id)
        .join(' + ');
    if (field === 'location') return names.get(value)?.ar ?? value;
    return value;
  };
  const fields: EventDetail['fields'] = FIELD_NAMES.filter((f) => e.fields[f]).map((name) => ({
    name,
    agreed: e.fields[name].agreed,
    values: e.fields[name].values.map((v) => ({
      value: v.value,
      label: label(name, v.value),
      documents: v.documents,
    })),
  }));
  // Who acts on whom, as each report has it (the merged record keeps one side per participant).
  const sides = new Map<string, string[]>();
  for (const m of mentions) {
    const ids = (role: string) =>
      m.event.participants
        .filter((p) => (p.role ?? 'source') === role)
        .map((p) => p.entity.id)
        .sort()
        .join('+');
    if (!m.event.participants.some((p) => p.role)) continue;
    const key = `${ids('source')}>${ids('target')}`;
    sides.set(key, [...(sides.get(key) ?? []), m.document]);
  }
  if (sides.size) {
    const values = [...sides].map(([value, documents]) => {
      const [src, tgt] = value.split('>');
      const side = (x: string) =>
        x
          ? x
              .split('+')
              .map((id) => names.get(id)?.ar ?? id)
              .join(' + ')
          : '—';
      return { value, label: `${side(src)} ← ${side(tgt)}`, documents };
    });
    fields.splice(2, 0, { name: 'sides', agreed: values.length <= 1, values });
  }
  // A report disagrees on a field when it gives a value and another report gives a different one.
  const disagrees = (doc: string) =>
    fields
      .filter((f) => !f.agreed)
      .filter((f) => f.values.some((v) => v.value && v.value !== 'unknown' && v.documents.includes(doc)))
      .map((f) => f.name);
  // …and differs when its value is not the one most reports give (in a tie, every value differs).
  const differs = (doc: string) =>
    fields
      .filter((f) => !f.agreed)
      .filter((f) => {
        const informative = f.values.filter((v) => v.value && v.value !== 'unknown');
        const top = Math.max(...informative.map((v) => v.documents.length));
        const leaders = informative.filter((v) => v.documents.length === top);
        const mine = informative.find((v) => v.documents.includes(doc));
        return !!mine && (leaders.length > 1 || leaders[0] !== mine);
      })
      .map((f) => f.name);
  const { supportedBy, confidence } = e.date;
  return {
    event: { ...summarize(e), supportedBy, confidence, places: e.places, firstSeen: e.firstSeen },
    story,
    fields,
    reports: e.reports.map((r) => ({
      ...r,
      mentions: mentions
        .filter((m) => m.document === r.document)
        .map((m) => mentionView(m.event, texts.get(r.document))),
      claims: e.claims
        .filter((c) => c.document === r.document)
        .map((c) => ({
          document: c.document,
          span: c.span,
          text: c.text,
          source: c.source,
          sourceText: c.sourceText,
          verb: c.verb,
          type: c.type,
          event: c.event,
          quotes: c.quotes,
          stance: c.stance,
        })),
      disagrees: disagrees(r.document),
      differs: differs(r.document),
    })),
  };
}

/** Why a line was cut from the article, by furniture kind (Arabic first; the web app translates). */
const WHY: Record<string, string> = {
  title: 'العنوان: يُعرض فوق النص',
  dateline: 'سطر التاريخ: قُرئ منه تاريخ النشر',
  byline: 'سطر الكاتب',
  'author-bio': 'نبذة عن الكاتب',
  'back-to-top': 'زر تنقّل في الصفحة',
  'comment-form': 'نموذج التعليقات: ما بعده ليس من المقال',
  cookie: 'إشعار ملفات تعريف الارتباط',
  copyright: 'حقوق النشر',
  counter: 'عدّاد مشاهدات أو مشاركات',
  donation: 'طلب تبرّع',
  icon: 'أيقونة أو زر مشاركة',
  'meta-line': 'سطر بيانات الصفحة',
  newsletter: 'دعوة إلى النشرة البريدية',
  'photo-credit': 'تعليق صورة أو حقوقها',
  related: 'قائمة مقالات ذات صلة: ما بعدها ليس من المقال',
  'related-inline': 'رابط «اقرأ أيضاً» داخل النص',
  'section-label': 'اسم القسم',
  share: 'أزرار المشاركة',
  'source-credit': 'سطر المصدر',
  tags: 'الكلمات المفتاحية',
  footer: 'ذيل الصفحة بعد نهاية المقال',
  notice: 'إشعار من الموقع',
};

export function whyCut(kind: string): string {
  return WHY[kind] ?? `عنصر صفحة (${kind})`;
}

export function documentView(
  doc: AnalyzedDocument,
  copies: Sighting[],
  events: EventSummary[],
): DocumentJson {
  const x = doc.extraction;
  const t = doc.text;
  const ann: Annotation[] = [];
  for (const e of doc.entities)
    ann.push({
      kind: 'entity',
      span: e.span,
      text: e.text,
      label: e.entity.ar,
      ref: e.entity.id,
      detail: { en: e.entity.en, type: e.entity.type, wikidata: e.entity.wikidata, via: e.via },
    });
  for (const tm of doc.times) {
    const { span: _s, text: _t, rule: _r, ...value } = tm;
    ann.push({
      kind: 'time',
      span: tm.span,
      text: tm.text,
      label: tm.value ?? tm.granularity,
      ref: null,
      detail: value,
    });
  }
  for (const ev of doc.events) {
    for (const tr of ev.triggers)
      ann.push({
        kind: 'trigger',
        span: tr.span,
        text: tr.text,
        label: `${ev.type}${ev.mode ? '/' + ev.mode : ''}`,
        ref: `#${ev.index}`,
        detail: { status: ev.status },
      });
    for (const k of ['killed', 'wounded'] as const) {
      const c = ev.casualties?.[k];
      if (c)
        ann.push({
          kind: 'casualty',
          span: c.span,
          text: c.text,
          label: `${k} ${c.value}`,
          ref: `#${ev.index}`,
        });
    }
  }
  for (const c of doc.claims) {
    ann.push({
      kind: 'claim',
      span: c.span,
      text: slice(t, c.span),
      label: c.source?.ar ?? c.sourceText ?? '',
      ref: c.event === null ? null : `#${c.event}`,
      detail: { source: c.source?.id ?? null, sourceText: c.sourceText, verb: c.verb, type: c.type },
    });
    for (const q of c.quotes)
      ann.push({ kind: 'quote', span: q, text: slice(t, q), label: c.source?.ar ?? '', ref: null });
    for (const s of c.stance)
      ann.push({ kind: 'stance', span: s.span, text: s.text, label: s.kind, ref: null });
  }
  ann.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  return {
    id: doc.id,
    source: doc.source,
    url: x.url,
    title: x.title?.value ?? null,
    titleSpan: x.title?.source.span ?? null,
    outlet: x.outlet?.value ?? null,
    author: x.author?.value ?? null,
    published: x.published?.value ?? null,
    publishedText: x.published?.sourceText ?? null,
    language: x.language,
    text: t,
    paragraphs: x.paragraphs,
    furniture: x.furniture.map((f) => ({ ...f, why: whyCut(f.kind) })),
    annotations: ann,
    messages: doc.messages,
    copies: copies.map((c) => ({ source: c.source, url: c.url, outlet: c.outlet, similarity: c.similarity })),
    events,
  };
}
