// End-to-end in a real browser: Debian's chromium driven by playwright-core against
// `mirsad serve` on 127.0.0.1 with the seeds ingested. Screenshots of every page go to
// .screenshots/ (git-ignored); first-load time is measured and reported, never asserted.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seedServer, type SeedServer } from './helpers/server.js';

const SHOTS = '.screenshots';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let s: SeedServer;
let browser: Browser;
let page: Page;
/** Every URL the page asked for: none may leave the server. */
const requested: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no browser at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SHOTS, { recursive: true });
  s = await seedServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'ar' });
  page.on('request', (r) => requested.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await s?.stop();
});

const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

describe('the web app in chromium', () => {
  it('loads the timeline in Arabic, right to left, and reports the first-load time', async () => {
    // In the page: from navigation start to the first event line in the DOM, and to the fonts.
    await page.addInitScript(() => {
      new MutationObserver((_, o) => {
        if (document.querySelector('.event-line')) {
          (window as unknown as { __shown: number }).__shown = performance.now();
          o.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const t0 = Date.now();
    await page.goto(s.url + '/');
    await page.waitForSelector('.event-line');
    const wall = Date.now() - t0;
    const inPage = await page.evaluate(async () => {
      await document.fonts.ready;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
        eventsShownMs: Math.round((window as unknown as { __shown: number }).__shown),
        fontsReadyMs: Math.round(performance.now()),
      };
    });
    const timings = {
      ...inPage,
      wallClockWithDriverMs: wall,
      machineLoad: (await import('node:os')).loadavg()[0],
    };
    writeFileSync(`${SHOTS}/timings.json`, JSON.stringify(timings, null, 2) + '\n');
    console.log(
      `first load of the timeline (seeds): events shown ${inPage.eventsShownMs} ms after navigation start (DOMContentLoaded ${inPage.domContentLoadedMs} ms, fonts ready ${inPage.fontsReadyMs} ms; ${wall} ms wall clock through the driver)`,
    );
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.locator('.story-group').count()).toBeGreaterThan(0);
    expect(await page.locator('.bars rect').count()).toBeGreaterThan(0);
    // The bundled fonts are in use.
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "IBM Plex Sans Arabic"', 'مرصاد'))).toBe(
      true,
    );
    await shot('timeline');
  });

  it('opens the merged call of 2020-02-04: both outlets side by side with their claims and sources', async () => {
    const line = page.locator('li.event-line', { hasText: 'اتصال هاتفي' }).filter({ hasText: '4 شباط 2020' });
    await line.locator('a.event-type').first().click();
    await page.waitForSelector('.report');
    const khaleej = page.locator('.report[data-outlet="الخليج الجديد"]');
    const gharbiya = page.locator('.report[data-outlet="الغربية"]');
    await expect.poll(() => khaleej.count()).toBe(1);
    expect(await gharbiya.count()).toBe(1);
    const a = (await khaleej.boundingBox())!;
    const b = (await gharbiya.boundingBox())!;
    // Side by side: same row, the first report on the right (RTL).
    expect(Math.abs(a.y - b.y)).toBeLessThan(5);
    expect(a.x).toBeGreaterThan(b.x + b.width - 1);
    expect(await khaleej.locator('.claim').count()).toBeGreaterThan(3);
    expect(await gharbiya.locator('.claim').count()).toBeGreaterThan(3);
    expect(await khaleej.locator('.claim-source').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('الكرملين'),
        expect.stringContaining('الرئاسة التركية'),
      ]),
    );
    expect(await gharbiya.locator('.claim-source').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('الكرملين')]),
    );
    expect(await khaleej.locator('mark.stance').first().textContent()).toBe('حسب زعمه');
    expect(await khaleej.locator('.report-date').textContent()).toContain('مساء الثلاثاء');
    expect(await page.locator('.event-head .event-date').textContent()).toBe('4 شباط 2020 مساءً');
    expect(await page.locator('tr[data-field="date"] .badge').textContent()).toContain('اتفاق');
    await shot('event');
    await page.setViewportSize({ width: 1280, height: 1200 });
    await page.screenshot({ path: `${SHOTS}/event-readme.png` });
    await page.setViewportSize({ width: 1400, height: 1000 });
  });

  it('highlights a disagreement between the outlets', async () => {
    const r = await fetch(`${s.url}/api/events?limit=500`);
    const disputed = (
      (await r.json()) as { events: { id: string; reports: number; disagreements: string[] }[] }
    ).events.find((e) => e.reports > 1 && e.disagreements.length)!;
    await page.goto(`${s.url}/events/${disputed.id}`);
    await page.waitForSelector('.report');
    const field = disputed.disagreements[0];
    expect(await page.locator(`tr.disagreed[data-field="${field}"] .badge.disagree`).count()).toBe(1);
    expect(await page.locator('.report dd.disagree').count()).toBeGreaterThan(1);
    expect(await page.locator('.event-head').isVisible()).toBe(true);
    await shot('event-disagreement');
    await page.goBack();
    await page.waitForSelector('.report[data-outlet="الخليج الجديد"]');
  });

  it('opens the article from its report, with highlights, the claim span targeted and the cut furniture expanded', async () => {
    await page
      .locator('.report[data-outlet="الخليج الجديد"] .claim a', { hasText: 'في المقال' })
      .first()
      .click();
    await page.waitForSelector('.article-body');
    // The first claim of that report may be its headline's ("أردوغان: …"): the target is in the body or the headline.
    expect(await page.locator('.article-page .target').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-body .ann-entity').count()).toBeGreaterThan(3);
    expect(await page.locator('.article-body .ann-time').count()).toBeGreaterThan(0);
    const furniture = page.locator('details.furniture');
    expect(await furniture.getAttribute('open')).toBeNull();
    await furniture.locator('summary').click();
    expect(await furniture.getAttribute('open')).not.toBeNull();
    await expect.poll(() => furniture.locator('li[data-kind="tags"]').isVisible()).toBe(true);
    expect(await furniture.textContent()).toContain('كلمات مفتاحية');
    await shot('article');
  });

  it('shows an article whose text holds markup as inert text', async () => {
    const text = [
      'خبر <script>window.__xss = 1</script> عن اتصال',
      'أجرى الرئيس التركي رجب طيب أردوغان اتصالاً هاتفياً مع نظيره الروسي فلاديمير بوتين. <img src=x onerror="window.__xss = 2"> <a href="javascript:window.__xss=3">رابط</a>',
      '"><svg onload="window.__xss=4">',
    ].join('\n\n');
    const r = await fetch(s.url + '/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, outlet: '<b>منفذ</b>', published: '2024-03-01' }),
    });
    const posted = (await r.json()) as { document: { id: string } };
    await page.goto(`${s.url}/documents/${posted.document.id}`);
    await page.waitForSelector('.article-body');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(
      await page
        .locator('main img, main script, main svg[onload], .article-body a[href^="javascript"]')
        .count(),
    ).toBe(0);
    const shown = (await page.locator('main').textContent()) ?? '';
    expect(shown).toContain('<img src=x onerror="window.__xss = 2">');
    expect(shown).toContain('<b>منفذ</b>');
    await shot('xss');
  });

  it('renders a mixed Arabic/Latin line in the right order', async () => {
    const text =
      'قال الرئيس Vladimir Putin إن 2020 كان عام الاتصال مع Recep Erdoğan في 4 شباط.\n\nخبر ثانٍ عن Moscow و أنقرة.';
    const r = await fetch(s.url + '/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, title: 'اتصال Putin ‏و‎ Erdoğan', published: '2024-03-02' }),
    });
    const posted = (await r.json()) as { document: { id: string } };
    await page.goto(`${s.url}/documents/${posted.document.id}`);
    await page.waitForSelector('.article-body');
    const order = await page.evaluate(() => {
      const body = document.querySelector('.article-body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const rect = (word: string) => {
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent!.indexOf(word);
          if (at >= 0) {
            const r = document.createRange();
            r.setStart(n, at);
            r.setEnd(n, at + word.length);
            walker.currentNode = body;
            return r.getBoundingClientRect();
          }
        }
        walker.currentNode = body;
        return null;
      };
      const [qal, vladimir, putin, year] = ['قال', 'Vladimir', 'Putin', '2020'].map(rect);
      return {
        qal: qal!.left,
        vladimir: vladimir!.left,
        putin: putin!.left,
        putinRight: putin!.right,
        year: year!.left,
        sameLine: Math.abs(qal!.top - putin!.top) < 4,
      };
    });
    // Right to left: "قال" first (rightmost), then "Vladimir Putin" read left to right, then "2020" further left.
    expect(order.sameLine).toBe(true);
    expect(order.vladimir).toBeLessThan(order.putin);
    expect(order.qal).toBeGreaterThan(order.putinRight);
    expect(order.year).toBeLessThan(order.vladimir);
    // Bidi controls in the stored title are not shown.
    expect(await page.locator('.article-title').textContent()).toBe('اتصال Putin و Erdoğan');
    await shot('mixed');
  });

  it('shows the entity, story, search, outlets and map pages, and switches to English', async () => {
    await page.goto(`${s.url}/entities/Q7747`);
    await page.waitForSelector('.entity-page .events li');
    expect(await page.locator('.co-actors').textContent()).toContain('أردوغان');
    await shot('entity');
    await page.locator('.story-group h2 a, .events a.event-type').first().isVisible();
    await page.goto(`${s.url}/search?q=${encodeURIComponent('اردوغان')}`);
    await page.waitForSelector('.hits li');
    await shot('search');
    await page.goto(`${s.url}/outlets`);
    await page.waitForSelector('.outlets-page tbody tr');
    expect(await page.locator('.outlets-page tbody').textContent()).toContain('الغربية');
    await shot('outlets');
    await page.goto(`${s.url}/stories`);
    await page.waitForSelector('.stories-page tbody tr');
    await shot('stories');
    await page.goto(`${s.url}/map`);
    await page.waitForSelector('svg.map path.land');
    expect(await page.locator('svg.map path.land').count()).toBeGreaterThan(100);
    expect(await page.locator('svg.map circle.place').count()).toBeGreaterThan(0);
    await shot('map');
    await page.goto(`${s.url}/`);
    await page.waitForSelector('.story-group h2 a');
    await page.locator('.story-group h2 a').first().click();
    await page.waitForSelector('.story-page .events li');
    await shot('story');
    await page.locator('button.lang').click();
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('header.top nav').textContent()).toContain('Timeline');
    await shot('story-en');
    await page.locator('button.lang').click();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  });

  it('can be used from the keyboard', async () => {
    await page.goto(`${s.url}/`);
    await page.waitForSelector('.event-line');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    // Skip link, brand, then the first page of the navigation: the timeline; the next is stories.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/stories');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.stories-page tbody tr');
    expect(new URL(page.url()).pathname).toBe('/stories');
  });

  it('asked nothing of any other host, and threw no error', () => {
    const origin = new URL(s.url).origin;
    const outside = requested.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(requested.some((u) => u.endsWith('.woff2'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
