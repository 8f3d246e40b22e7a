// The outlet named by the page's web address: a table of Arabic outlets' domains and the names
// they give themselves (data/extract/outlets.json); a subdomain matches its domain ("m.", "www."),
// a key with a path matches the URLs under it ("bbc.com/arabic").
import type { Field } from '../types.js';
import { loadData } from '../data.js';

let table: Map<string, string> | null = null;

export function outletFromUrl(url: string | null | undefined): Field<string> | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  table ??= new Map(
    Object.entries(loadData<{ domains: Record<string, string> }>('extract/outlets.json').domains),
  );
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const first = u.pathname.split('/').filter(Boolean)[0]?.toLowerCase();
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const domain = labels.slice(i).join('.');
    const name = (first && table.get(`${domain}/${first}`)) ?? table.get(domain);
    if (name) return { value: name, source: { method: 'domain-table' } };
  }
  return null;
}
