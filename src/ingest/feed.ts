// RSS 2.0 and Atom feeds: each item an article (content:encoded or description, link, pubDate,
// author), parsed with htmlparser2 in XML mode. `feedEntries` is shared with `mirsad watch`.
import path from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { RawInput } from '../types.js';
import type { ReadResult } from './items.js';

const text = (el: Element | null) => (el ? DomUtils.textContent(el).trim() : '');
const child = (el: Element, ...names: string[]) =>
  DomUtils.findOne((e) => names.includes(e.name.toLowerCase()), el.children, false);

export interface FeedEntry {
  /** The article's address: RSS <link>, Atom <link rel="alternate"> (or one without rel). */
  url: string | undefined;
  title: string | undefined;
  published: string | undefined;
  author: string | undefined;
  /** content:encoded or Atom content, else the description or summary ('' when none). */
  body: string;
}

export function feedEntries(xml: string): { channelTitle: string | undefined; entries: FeedEntry[] } {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const items = DomUtils.findAll((e) => e.name === 'item' || e.name === 'entry', doc.children);
  const channelTitle = text(DomUtils.findOne((e) => e.name === 'title', doc.children, true)) || undefined;
  const entries = items.map((item): FeedEntry => {
    const links = item.children.filter(
      (c): c is Element => c.type === 'tag' && c.name.toLowerCase() === 'link',
    );
    const linkEl = links.find((l) => !l.attribs.rel || l.attribs.rel === 'alternate') ?? links[0];
    const url = linkEl ? (linkEl.attribs.href ?? text(linkEl)) : undefined;
    return {
      url: url || undefined,
      title: text(child(item, 'title')) || undefined,
      published: text(child(item, 'pubdate', 'published', 'dc:date', 'updated')) || undefined,
      author: text(child(item, 'dc:creator', 'author')) || undefined,
      body: text(child(item, 'content:encoded', 'content')) || text(child(item, 'description', 'summary')),
    };
  });
  return { channelTitle, entries };
}

export function readFeed(file: string, xml: string): ReadResult {
  const { channelTitle, entries } = feedEntries(xml);
  const inputs: RawInput[] = [];
  const failures: ReadResult['failures'] = [];
  entries.forEach(({ url, title, published, author, body }, i) => {
    const source = `${file}#item${i + 1}`;
    if (!body) {
      failures.push({ source, reason: 'feed item without content or description' });
      return;
    }
    inputs.push({
      source,
      identity: url || `${path.basename(file)}#${i + 1}`,
      // A description is HTML escaped in the XML: once decoded it is markup again.
      kind: /<[a-z][\s\S]*>/i.test(body) ? 'html' : 'text',
      content: /<[a-z][\s\S]*>/i.test(body) ? body : `${title ?? ''}\n\n${body}`,
      hints: {
        url,
        title,
        published,
        author: author?.replace(/^.*\((.*)\)$/, '$1'),
        outlet: channelTitle,
      },
      messages: [],
    });
  });
  if (!entries.length) failures.push({ source: file, reason: 'feed without items' });
  return { inputs, failures };
}
