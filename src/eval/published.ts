// Publication dates of real Arabic reports (../shared/bench/real-reports-dev.jsonl): each
// record's text is extracted as scraped text with only its URL as a hint (the labelled
// `published` blanked), and the date found is compared with the label's day. Records the labels
// leave undated (the page and URL show none, or only a site header's "today") should get none.
// The outlet found is compared with the labelled one (its bracketed notes, "(via …)", aside).
import { readFileSync } from 'node:fs';
import { extract } from '../extract/index.js';
import { lettersOnly } from '../arabic/normalize.js';

interface Report {
  id: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
}

export interface PublicationDateScore {
  dated: number;
  undated: number;
  right: number;
  wrong: string[];
  missed: string[];
  invented: string[];
  outlets: { labelled: number; right: number; given: number };
}

export function publicationDates(file: string): PublicationDateScore {
  const reports = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Report);
  const out: PublicationDateScore = {
    dated: 0,
    undated: 0,
    right: 0,
    wrong: [],
    missed: [],
    invented: [],
    outlets: { labelled: 0, right: 0, given: 0 },
  };
  for (const r of reports) {
    const hints = r.url ? { url: r.url } : {};
    const x = extract({
      source: r.id,
      identity: r.id,
      kind: 'text',
      content: r.text,
      hints,
      messages: [],
    }).extraction;
    const p = x.published;
    if (x.outlet) out.outlets.given++;
    if (r.outlet) {
      out.outlets.labelled++;
      if (x.outlet && lettersOnly(x.outlet.value) === lettersOnly(r.outlet.replace(/\s*\(.*\)\s*$/, '')))
        out.outlets.right++;
    }
    const got = p?.value.value?.slice(0, 10) ?? null;
    const how = p ? `${got} by ${p.source.method} from "${p.sourceText}"` : 'none';
    if (r.published) {
      out.dated++;
      if (got === r.published.slice(0, 10)) out.right++;
      else (got ? out.wrong : out.missed).push(`${r.id}: want ${r.published.slice(0, 10)}, got ${how}`);
    } else {
      out.undated++;
      if (got) out.invented.push(`${r.id}: none labelled, got ${how}`);
    }
  }
  return out;
}
