import { describe, expect, it } from 'vitest';
import { readHtml, starvedThread } from '../src/extract/index.js';

// A link aggregator's discussion: the page is its comments, each an item of one template (a vote
// count, the commenter and when, the comment's sentences), and no article of its own.
const comment = (votes: number, who: string, said: string[]) => `
  <li class="comment"><div class="comment-box">
    <div class="score">${votes}</div>
    <div class="details"><div class="byline"><a href="/u/${who}">${who}</a> 2 years ago</div>
      <div class="comment-text">${said.map((s) => `<p>${s}</p>`).join('')}</div>
    </div></div></li>`;
const thread = (types = '') => `<html><head>${types}</head><body>
  <header><nav><a href="/">Active</a> <a href="/recent">Recent</a> <a href="/login">Login</a></nav></header>
  <ol class="comments">
  ${comment(14, 'harbourfox', [
    'The council published the harbour survey last week and the dredging plan is finally costed.',
    'Most of the money goes to the outer channel, which has silted up faster than anyone expected.',
  ])}
  ${comment(9, 'millrace', [
    'I read the appendix on sediment and the numbers for the inner basin look far too optimistic to me.',
  ])}
  ${comment(6, 'tidewatcher', [
    'Fishermen have been asking for this since the storm of 2019 moved the sandbar across the mouth.',
    'It would be good to see the ferry timetable restored before the summer season starts again.',
  ])}
  ${comment(4, 'saltmarsh', [
    'The survey also says nothing about the marsh on the eastern shore, which floods twice a year now.',
  ])}
  ${comment(2, 'keelhaul', [
    'Does anyone know whether the tender has gone out yet, or is this still only a consultation?',
  ])}
  </ol>
  <footer><nav><a href="/about">About</a> <a href="/tags">Tags</a></nav></footer>
</body></html>`;

describe('extract46: a discussion the classifier starves keeps its comments', () => {
  const starve = (html: string) => {
    const { page } = readHtml(html);
    const bs = page.page.blocks;
    const at = (s: string) => bs.findIndex((b) => b.text.includes(s));
    // A classifier that reads every comment as furniture but one.
    const p = new Float32Array(bs.length).fill(0.05);
    p[at('Does anyone know whether the tender')] = 0.9;
    return { q: starvedThread(page, p.slice(), 0.5), p, at };
  };

  it("keeps every comment's sentences, not its counts, names or the page's menus", () => {
    const { q, at } = starve(thread());
    for (const s of [
      'The council published',
      'I read the appendix',
      'Fishermen have been',
      'The survey also says',
    ])
      expect(q[at(s)]).toBeGreaterThanOrEqual(0.5);
    expect(q[at('harbourfox')]).toBeLessThan(0.5);
    expect(q[at('Active')]).toBeLessThan(0.5);
    expect(q[at('About')]).toBeLessThan(0.5);
  });

  it("leaves a shop's product page to the classifier (its reviews are no thread)", () => {
    const product = '<script type="application/ld+json">{"@type":"Product","name":"Harbour chart"}</script>';
    const { q, p } = starve(thread(product));
    expect(q).toEqual(p);
  });

  it('leaves a page whose comments the classifier already keeps', () => {
    const { page } = readHtml(thread());
    const p = new Float32Array(page.page.blocks.length).fill(0.8);
    expect(starvedThread(page, p.slice(), 0.5)).toEqual(p);
  });
});
