// RSS 2.0 and Atom feeds: each item an article (content:encoded or description, link, pubDate,
// author), parsed with htmlparser2 in XML mode.
import path from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { RawInput } from '../types.js';
import type { ReadResult } from './read.js';

const text = (el: Element | null) => (el ? DomUtils.textContent(el).trim() : '');
const child = (el: Element, ...names: string[]) => DomUtils.findOne((e) => names.includes(e.name.toLowerCase()), el.children, false);

export function readFeed(file: string, xml: string): ReadResult {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const items = DomUtils.findAll((e) => e.name === 'item' || e.name === 'entry', doc.children);
  const channelTitle = text(DomUtils.findOne((e) => e.name === 'title', doc.children, true));
  const inputs: RawInput[] = [];
  const failures: ReadResult['failures'] = [];
  items.forEach((item, i) => {
    const source = `${file}#item${i + 1}`;
    const body = text(child(item, 'content:encoded', 'content')) || text(child(item, 'description', 'summary'));
    if (!body) {
      failures.push({ source, reason: 'feed item without content or description' });
      return;
    }
    const linkEl = child(item, 'link');
    const url = linkEl ? linkEl.attribs.href ?? text(linkEl) : undefined;
    const author = text(child(item, 'dc:creator', 'author'));
    const authorName = author || undefined;
    const title = text(child(item, 'title')) || undefined;
    inputs.push({
      source,
      identity: url || `${path.basename(file)}#${i + 1}`,
      // A description is HTML escaped in the XML: once decoded it is markup again.
      kind: /<[a-z][\s\S]*>/i.test(body) ? 'html' : 'text',
      content: /<[a-z][\s\S]*>/i.test(body) ? body : `${title ?? ''}\n\n${body}`,
      hints: {
        url,
        title,
        published: text(child(item, 'pubdate', 'published', 'dc:date', 'updated')) || undefined,
        author: authorName?.replace(/^.*\((.*)\)$/, '$1'),
        outlet: channelTitle || undefined,
      },
      messages: [],
    });
  });
  if (!items.length) failures.push({ source: file, reason: 'feed without items' });
  return { inputs, failures };
}
