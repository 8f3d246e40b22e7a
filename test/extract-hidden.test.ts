import { describe, expect, it } from 'vitest';
import { readBlocks } from '../src/extract/blocks.js';

const texts = (html: string) => readBlocks(html).blocks.map((b) => b.text);
const para = 'The council met on Monday and agreed to open the new library in the spring.';

describe('what a reader sees', () => {
  it('reads past a stray <![CDATA[ in the body as a browser does', () => {
    expect(texts(`<html><body><![CDATA[<div id="top"></div><p>${para}</p>]]></body></html>`)).toContain(para);
  });

  it('keeps a page a script reveals once loaded, and drops a hidden menu', () => {
    const page = `<html><body><div style="visibility:hidden"><nav style="display:none"><a href="/">Home</a> <a href="/a">About us</a></nav><p>${para}</p><p>${para}</p></div></body></html>`;
    const t = texts(page);
    expect(t).toContain(para);
    expect(t.join(' ')).not.toContain('About us');
  });

  it("reads React's streamed segments, not other hidden elements", () => {
    const t = texts(
      `<html><body><div hidden id="S:0"><p>${para}</p></div><div hidden><p>Sign in to continue</p></div></body></html>`,
    );
    expect(t).toContain(para);
    expect(t).not.toContain('Sign in to continue');
  });
});
