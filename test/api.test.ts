// The HTTP API over a real server on 127.0.0.1 with the seeds (and four reports of one shelling) ingested: filters, pagination,
// the event page, documents, 4xx/404, export, OpenAPI, then POST and GET.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DocumentJson,
  EventDetail,
  EventPage,
  EntityDetail,
  IngestResult,
  OutletJson,
  SearchResult,
} from '../src/api/schemas.js';
import { seedServer, type SeedServer } from './helpers/server.js';

let s: SeedServer;
beforeAll(async () => {
  s = await seedServer();
});
afterAll(async () => s?.stop());

const get = async (p: string) => {
  const r = await fetch(s.url + p);
  return {
    status: r.status,
    body: (r.headers.get('content-type') ?? '').startsWith('application/json')
      ? await r.json()
      : await r.text(),
    headers: r.headers,
  };
};
const events = async (q: string) => (await get(`/api/events?${q}`)).body as EventPage;
const mergedCall = async () =>
  (await events('type=CONSULT&from=2020-02-04&to=2020-02-04')).events.find((e) => e.mode === 'phone')!;

describe('GET /api/events', () => {
  it('lists every merged event and filters by type, status, date, outlet, actor, place and text', async () => {
    const all = await events('limit=500');
    expect(all.total).toBeGreaterThanOrEqual(20);
    const calls = await events('type=CONSULT&status=asserted');
    expect(calls.events.filter((e) => e.mode === 'phone')).toHaveLength(4);
    expect(calls.events.every((e) => e.type === 'CONSULT' && e.status === 'asserted')).toBe(true);
    const call = await mergedCall();
    expect(call.outlets.sort()).toEqual(['الخليج الجديد', 'الغربية']);
    expect(call.date).toMatchObject({ value: '2020-02-04', granularity: 'day' });
    // An unknown day is not in any range, unless asked for.
    const ranged = await events('from=2020-01-01&to=2020-12-31');
    expect(ranged.events.every((e) => e.date.value?.startsWith('2020'))).toBe(true);
    expect((await events('from=2020-01-01&to=2020-12-31&undated=include')).total).toBeGreaterThan(
      ranged.total,
    );
    expect((await events('outlet=الغربية')).events.every((e) => e.outlets.includes('الغربية'))).toBe(true);
    const byId = await events('actor=Q7747&type=CONSULT');
    const byName = await events('actor=بوتين&type=CONSULT');
    expect(byId.total).toBeGreaterThanOrEqual(4);
    expect(byName.events.map((e) => e.id)).toEqual(byId.events.map((e) => e.id));
    expect((await events('country=SYR')).events.every((e) => e.location?.country === 'SYR')).toBe(true);
    expect((await events('place=إدلب')).events.map((e) => e.id)).toContain(call.id);
    // A country as the place: the events inside it too (Idlib is in Syria).
    const inSyria = await events('place=Q858&limit=500');
    expect(inSyria.events.map((e) => e.id)).toContain(call.id);
    expect(inSyria.total).toBeGreaterThanOrEqual((await events('country=SYR')).total);
    const text = await events('q=اردوغان');
    expect(text.total).toBeGreaterThan(0);
    expect(
      (await events('publishedFrom=2020-02-05&publishedTo=2020-02-10')).events.every((e) =>
        e.outlets.includes('الغربية'),
      ),
    ).toBe(true);
  });

  it('pages with a cursor through the whole list without repeats, in every sort', async () => {
    for (const sort of ['date', 'published', 'reports', 'outlets']) {
      const total = (await events(`sort=${sort}`)).total;
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: EventPage = await events(`sort=${sort}&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.events.length).toBeLessThanOrEqual(4);
        seen.push(...page.events.map((e) => e.id));
        cursor = page.next;
      } while (cursor);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    }
    const byReports = await events('sort=reports&order=desc&limit=1');
    expect(byReports.events[0].reports).toBe(4); // the shelling told by four outlets (test/helpers/server.ts)
    // Unknown dates come last in either order.
    const desc = await events('sort=date&order=desc&limit=500');
    const known = desc.events.findIndex((e) => !e.date.value);
    expect(desc.events.slice(known).some((e) => e.date.value && e.date.value.length >= 10)).toBe(false);
  });

  it('answers a wrong field with 400 naming it', async () => {
    for (const [q, field] of [
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['from=2020-13', 'from'],
      ['sort=bogus', 'sort'],
      ['country=syria', 'country'],
      ['cursor=nonsense', 'cursor'],
      ["type=CONSULT';DROP TABLE events;--", 'type'],
    ]) {
      const r = await get(`/api/events?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body).toMatchObject({ error: 'invalid_request', field });
    }
  });
});

describe('GET /api/events/{id}', () => {
  it('gives the merged call with both reports, per-field agreement, claims, sources, stance and spans', async () => {
    const call = await mergedCall();
    const d = (await get(`/api/events/${call.id}`)).body as EventDetail;
    expect(d.reports.map((r) => r.outlet).sort()).toEqual(['الخليج الجديد', 'الغربية']);
    expect(d.fields.find((f) => f.name === 'date')).toMatchObject({ agreed: true });
    expect(d.fields.find((f) => f.name === 'participants')!.values[0].label).toContain('بوتين');
    const khaleej = d.reports.find((r) => r.outlet === 'الخليج الجديد')!;
    expect(khaleej.mentions[0].dateText).toBe('مساء الثلاثاء');
    expect(khaleej.claims.map((c) => c.source?.en)).toEqual(
      expect.arrayContaining(['Turkish Presidency', 'Kremlin']),
    );
    expect(khaleej.claims.flatMap((c) => c.stance.map((x) => x.text))).toContain('حسب زعمه');
    expect(
      d.reports.find((r) => r.outlet === 'الغربية')!.claims.some((c) => c.source?.en === 'Kremlin'),
    ).toBe(true);
    // Every span points into the article's original text.
    const doc = (await get(`/api/documents/${khaleej.document}`)).body as DocumentJson;
    for (const c of khaleej.claims) expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.text);
    const m = khaleej.mentions[0];
    expect(doc.text.slice(m.dateSpan!.start, m.dateSpan!.end)).toBe(m.dateText);
    for (const p of m.participants) expect(doc.text.slice(p.span.start, p.span.end)).toBe(p.text);
    expect(d.story?.title).toBeTruthy();
  });

  it('marks where reports disagree, field by field and report by report', async () => {
    const disputed = (await events('limit=500')).events.filter(
      (e) => e.disagreements.length && e.reports > 1,
    );
    expect(disputed.length).toBeGreaterThan(0);
    for (const e of disputed) {
      const d = (await get(`/api/events/${e.id}`)).body as EventDetail;
      for (const name of e.disagreements) {
        const f = d.fields.find((x) => x.name === name)!;
        expect(f.agreed).toBe(false);
        expect(f.values.filter((v) => v.value && v.value !== 'unknown').length).toBeGreaterThan(1);
        const giving = d.reports.filter((r) => r.disagrees.includes(name));
        expect(giving.length).toBeGreaterThan(1);
        expect(giving.some((r) => r.differs.includes(name))).toBe(true);
      }
    }
  });

  it('finds an event by unique prefix, 404s an unknown one and 400s a malformed id', async () => {
    const call = await mergedCall();
    expect((await get(`/api/events/${call.id.slice(0, 7)}`)).status).toBe(200);
    expect((await get('/api/events/ev_0000000000')).status).toBe(404);
    expect((await get('/api/events/ev_0000000000')).body).toMatchObject({ error: 'not_found' });
    expect((await get('/api/events/..%2F..%2Fetc%2Fpasswd')).status).toBe(400);
    expect((await get('/api/nothing-here')).status).toBe(404);
  });
});

describe('documents, stories, entities, outlets, search, export, OpenAPI', () => {
  it('shows a document with its furniture cut, why, and annotations as spans', async () => {
    const call = await mergedCall();
    const doc = (
      await get(
        `/api/documents/${call.id ? (await get(`/api/events/${call.id}`)).body.reports[0].document : ''}`,
      )
    ).body as DocumentJson;
    expect(doc.outlet).toBeTruthy();
    expect(doc.furniture.length).toBeGreaterThan(0);
    expect(
      doc.furniture.every(
        (f) => f.why && doc.text.slice(f.span.start, f.span.end).includes(f.text.slice(0, 10)),
      ),
    ).toBe(true);
    for (const a of doc.annotations.filter((x) => x.kind !== 'claim' && x.kind !== 'quote'))
      expect(doc.text.slice(a.span.start, a.span.end)).toBe(a.text);
    expect([...new Set(doc.annotations.map((a) => a.kind))]).toEqual(
      expect.arrayContaining(['entity', 'time', 'trigger', 'claim', 'stance', 'quote']),
    );
    expect(doc.events.map((e) => e.id)).toContain(call.id);
    expect((await get('/api/documents/ffffffffffffffff')).status).toBe(404);
    expect((await get('/api/documents/not-hex')).status).toBe(400);
    const list = (await get('/api/documents?limit=2')).body as { documents: unknown[]; total: number };
    expect(list.total).toBe(9); // the five seeds and the four shelling reports
    expect(list.documents).toHaveLength(2);
  });

  it('lists stories and shows one, and an entity with its roles and co-actors', async () => {
    const { stories } = (await get('/api/stories')).body as { stories: { id: string; events: number }[] };
    expect(stories.length).toBeGreaterThan(0);
    const one = (await get(`/api/stories/${stories[0].id}`)).body as { events: unknown[] };
    expect(one.events).toHaveLength(stories[0].events);
    expect((await get('/api/stories/st_none')).status).toBe(404);
    const putin = (await get('/api/entities/Q7747')).body as EntityDetail;
    expect(putin.entity).toMatchObject({ ar: 'فلاديمير بوتين', wikidata: 'Q7747', type: 'PERSON' });
    expect(putin.coActors.map((c) => c.entity.id)).toContain('Q39723');
    expect(putin.months.some((m) => m.month === '2020-02')).toBe(true);
    expect(putin.roles.participant).toBe(putin.total);
    expect((await get('/api/entities/Q0')).status).toBe(404);
  });

  it('counts outlets, searches after normalization, exports with filters', async () => {
    const { outlets } = (await get('/api/outlets')).body as { outlets: OutletJson[] };
    expect(outlets.map((o) => o.outlet)).toEqual(
      expect.arrayContaining(['الخليج الجديد', 'الغربية', 'عنب بلدي', 'طيف بوست']),
    );
    expect(outlets.find((o) => o.outlet === 'الغربية')!.dates.compared).toBeGreaterThan(0);
    const found = (await get('/api/search?q=اردوغان')).body as SearchResult;
    expect(found.documents.length).toBeGreaterThan(0);
    expect(found.entities.map((e) => e.entity.id)).toContain('Q39723');
    expect((await get('/api/search?q=')).status).toBe(400);
    const csv = await get('/api/export?format=csv&type=CONSULT');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string).trim().split('\n');
    expect(lines[0]).toMatch(/^event_id,event_type/);
    expect(lines.slice(1).every((l) => l.includes(',CONSULT,'))).toBe(true);
    const plover = (await get('/api/export?format=plover&outlet=الغربية')).body as string;
    expect(
      plover
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).outlets),
    ).toSatisfy((o: string[][]) => o.every((x) => x.includes('الغربية')));
    expect(((await get('/api/export?format=json&type=CONSULT')).body as unknown[])[0]).toHaveProperty(
      'fields',
    );
    expect((await get('/api/export?format=xml')).status).toBe(400);
  });

  it('publishes an OpenAPI document of every route', async () => {
    const doc = (await get('/api/openapi.json')).body as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/events',
      '/api/events/{id}',
      '/api/stories',
      '/api/stories/{id}',
      '/api/entities/{id}',
      '/api/documents',
      '/api/documents/{id}',
      '/api/search',
      '/api/export',
      '/api/outlets',
    ])
      expect(doc.paths[p], p).toBeTruthy();
    expect(doc.paths['/api/documents'].post).toBeTruthy();
  });

  it('serves the web app with a strict content policy and never a file outside it', async () => {
    const home = await get('/');
    expect(home.body).toContain('<html dir="rtl" lang="ar">');
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await get('/events/ev_anything')).body).toContain('<div id="app">');
    expect((await get('/assets/..%2F..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await get('/../package.json')).body).not.toContain('"dependencies"');
    expect((await get('/nothing.js')).status).toBe(404);
  });
});

describe('POST /api/documents', () => {
  const article = [
    'بوتين وأردوغان يبحثان التصعيد في إدلب',
    'أجرى الرئيس التركي رجب طيب أردوغان اتصالاً هاتفياً مع نظيره الروسي فلاديمير بوتين مساء الثلاثاء، بحث خلاله الطرفان التصعيد في محافظة إدلب.',
    'وقال الكرملين في بيان إن الرئيسين اتفقا على مواصلة التنسيق بين البلدين.',
  ].join('\n\n');
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(s.url + '/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('ingests one article, returns its analysis and the events it joined, then GET finds it', async () => {
    const r = await post({
      text: article,
      outlet: 'وكالة الاختبار',
      published: '2020-02-05',
      url: 'https://example.invalid/a/1',
    });
    expect(r.status).toBe(201);
    const res = (await r.json()) as IngestResult;
    expect(res.result).toBe('inserted');
    expect(res.document!.outlet).toBe('وكالة الاختبار');
    const call = res.events.find((e) => e.type === 'CONSULT' && e.mode === 'phone')!;
    expect(call.date.value).toBe('2020-02-04');
    expect(call.outlets.sort()).toEqual(['الخليج الجديد', 'الغربية', 'وكالة الاختبار'].sort());
    const d = (await get(`/api/events/${call.id}`)).body as EventDetail;
    expect(d.reports).toHaveLength(3);
    expect(((await get(`/api/documents/${res.document!.id}`)).body as DocumentJson).title).toContain('بوتين');
    expect((await events('outlet=وكالة الاختبار')).total).toBeGreaterThan(0);
    const again = await post({
      text: article,
      outlet: 'وكالة الاختبار',
      published: '2020-02-05',
      url: 'https://example.invalid/a/1',
    });
    expect(again.status).toBe(200);
    expect(((await again.json()) as IngestResult).result).toBe('unchanged');
  });

  it('ingests an HTML page: title and body read from it, the furniture cut', async () => {
    const html = `<html><head><title>الرئيس التونسي يستقبل وزير الخارجية الجزائري</title><meta property="og:site_name" content="وكالة المثال"></head>
      <body><nav>الرئيسية | سياسة | اقتصاد</nav><article><h1>الرئيس التونسي يستقبل وزير الخارجية الجزائري</h1>
      <p>استقبل الرئيس التونسي قيس سعيد يوم الاثنين وزير الخارجية الجزائري في قصر قرطاج، وبحث الجانبان العلاقات الثنائية بين البلدين.</p>
      <p>وقال بيان للرئاسة التونسية إن اللقاء تناول سبل تعزيز التعاون في مجالات الطاقة والتجارة.</p></article>
      <footer><p>اترك تعليقاً</p><p>جميع الحقوق محفوظة</p></footer></body></html>`;
    const r = await post({ html, published: '2023-03-08', url: 'https://example.invalid/tn/1' });
    expect(r.status).toBe(201);
    const res = (await r.json()) as IngestResult;
    expect(res.document!.title).toContain('الرئيس التونسي');
    expect(res.document!.text).not.toContain('<p>');
    expect(res.document!.furniture.length).toBeGreaterThan(0);
    expect(res.events.length).toBeGreaterThan(0);
  });

  it('refuses a bad body with the field named, malformed JSON, and a body over the limit', async () => {
    const none = await post({ outlet: 'x' });
    expect(none.status).toBe(400);
    expect(await none.json()).toMatchObject({ field: 'text' });
    const both = await post({ text: 'a', html: '<p>a</p>' });
    expect(both.status).toBe(400);
    const date = await post({ text: 'نص', published: 'yesterday' });
    expect(await date.json()).toMatchObject({ field: 'published' });
    expect((await post('{"text": ')).status).toBe(400);
    const huge = await post({ text: 'ا'.repeat(3 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'too_large' });
  });

  it('asks for the token when one is set', async () => {
    const guarded = await seedServer({ token: 'sesame' });
    try {
      const body = JSON.stringify({ text: article });
      const no = await fetch(guarded.url + '/api/documents', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(no.status).toBe(401);
      const yes = await fetch(guarded.url + '/api/documents', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sesame' },
        body,
      });
      expect(yes.status).toBe(201);
      expect((await fetch(guarded.url + '/api/events')).status).toBe(200);
    } finally {
      await guarded.stop();
    }
  });
});
