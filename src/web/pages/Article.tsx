// The article: the clean body with entities, dates, event words, claims and stance markers
// highlighted (spans over the original text), the furniture that was cut and why, its events.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Annotation, DocumentJson } from '../../api/schemas.js';
import { useApi } from '../api.js';
import { DateText, EventLine, Status } from '../components/common.js';
import { derivationLabel, honestDate } from '../dates.js';
import { t, type Key } from '../i18n.js';
import { Link } from '../router.js';
import { B, clean } from '../text.js';

const KINDS: { kind: Annotation['kind']; label: Key }[] = [
  { kind: 'entity', label: 'entities' },
  { kind: 'time', label: 'times' },
  { kind: 'trigger', label: 'triggers' },
  { kind: 'claim', label: 'claims' },
  { kind: 'stance', label: 'stance' },
  { kind: 'casualty', label: 'casualties' },
];

export function ArticlePage(props: { id: string; url: URL }) {
  const state = useApi<DocumentJson>(`/api/documents/${encodeURIComponent(props.id)}`);
  const m = /^(\d+)-(\d+)$/.exec(props.url.searchParams.get('span') ?? '');
  const target = m ? { start: Number(m[1]), end: Number(m[2]) } : null;
  return <Status state={state}>{(d) => <ArticleView d={d} target={target} />}</Status>;
}

/** A claim the headline makes ("أردوغان: …") lies in no paragraph of the body: the headline is its target. */
function inHeadline(d: DocumentJson, target: { start: number; end: number } | null): boolean {
  return !!target && !d.paragraphs.some((p) => p.span.start < target.end && target.start < p.span.end);
}

function ArticleView(props: { d: DocumentJson; target: { start: number; end: number } | null }) {
  const d = props.d;
  const [on, setOn] = useState<Set<string>>(new Set(KINDS.map((k) => k.kind)));
  useEffect(() => {
    document.querySelector('.target')?.scrollIntoView({ block: 'center' });
  }, [d.id, props.target?.start]);
  const toggle = (k: string) => {
    const s = new Set(on);
    if (s.has(k)) s.delete(k);
    else s.add(k);
    setOn(s);
  };
  const anns = d.annotations.filter((a) => on.has(a.kind) || a.kind === 'quote');
  return (
    <article class="article-page" data-document={d.id}>
      <header>
        <p class="outlet-line">
          <B text={d.outlet ?? t('noOutlet')} class="outlet" />
          {d.author && (
            <>
              {' · '}
              {t('author')}: <B text={d.author} />
            </>
          )}
        </p>
        <h1 class={`article-title${inHeadline(d, props.target) ? ' target' : ''}`} dir="auto">
          {clean(d.title ?? t('noTitle'))}
        </h1>
        <p class="muted">
          {t('published')}: {d.published ? <DateText value={d.published} /> : t('unknownPublished')}
          {d.publishedText && (
            <>
              {' '}
              ← «<B text={d.publishedText} />»
            </>
          )}
          {' · '}
          <B text={d.url ?? d.source} class="source" />
        </p>
      </header>

      <fieldset class="legend">
        <legend>{t('highlights')}</legend>
        {KINDS.map((k) => (
          <label class={`hl hl-${k.kind}`}>
            <input type="checkbox" checked={on.has(k.kind)} onChange={() => toggle(k.kind)} /> {t(k.label)}
          </label>
        ))}
      </fieldset>

      <div class="article-body" lang={d.language || 'ar'} dir="auto">
        {d.paragraphs.map((p) => {
          const inner = segments(d.text, p.span, anns, props.target);
          return p.heading ? <h2 class="para-heading">{inner}</h2> : <p>{inner}</p>;
        })}
      </div>

      {d.messages.length > 0 && (
        <section class="messages">
          <h2>{t('messages')}</h2>
          <ul>
            {d.messages.map((m) => (
              <li class={`msg-${m.level}`}>
                <B text={m.reason} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <details class="furniture">
        <summary>
          {t('furnitureCut')} (<B text={String(d.furniture.length)} />)
        </summary>
        <ol>
          {d.furniture.map((f) => (
            <li data-kind={f.kind}>
              <span class="badge">
                <B text={f.kind} />
              </span>{' '}
              <span class="why">
                {t('why')}: {f.why}
              </span>
              <blockquote dir="auto">{clean(f.text)}</blockquote>
            </li>
          ))}
        </ol>
      </details>

      {d.events.length > 0 && (
        <section>
          <h2>{t('eventsInArticle')}</h2>
          <ul class="events">
            {d.events.map((e) => (
              <EventLine event={e} />
            ))}
          </ul>
        </section>
      )}

      {d.copies.length > 0 && (
        <section>
          <h2>{t('copies')}</h2>
          <ul>
            {d.copies.map((c) => (
              <li>
                <B text={c.outlet ?? c.source} /> · <B text={c.url ?? c.source} />{' '}
                {c.similarity !== null && <B text={c.similarity.toFixed(2)} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/**
 * The paragraph cut at every annotation boundary; each piece carries the classes of the
 * annotations covering it (claims hold entities and dates: pieces, not nesting).
 */
function segments(
  text: string,
  span: { start: number; end: number },
  anns: Annotation[],
  target: { start: number; end: number } | null,
): ComponentChildren[] {
  const inside = anns.filter((a) => a.span.end > span.start && a.span.start < span.end);
  const cuts = new Set([span.start, span.end]);
  for (const a of inside) {
    cuts.add(Math.max(span.start, a.span.start));
    cuts.add(Math.min(span.end, a.span.end));
  }
  if (target) for (const x of [target.start, target.end]) if (x > span.start && x < span.end) cuts.add(x);
  const points = [...cuts].sort((a, b) => a - b);
  const out: ComponentChildren[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = clean(text.slice(a, b));
    const cover = inside.filter((x) => x.span.start <= a && x.span.end >= b);
    const isTarget = !!target && target.start <= a && target.end >= b;
    if (!cover.length && !isTarget) {
      out.push(piece);
      continue;
    }
    const classes = [...new Set(cover.map((x) => `ann-${x.kind}`))];
    if (isTarget) classes.push('target');
    const title = cover.map(describe).filter(Boolean).join('\n');
    const entity = cover.find((x) => x.kind === 'entity');
    out.push(
      entity?.ref ? (
        <Link
          href={`/entities/${encodeURIComponent(entity.ref)}`}
          class={classes.join(' ')}
          title={title}
          data-span={`${a}-${b}`}
        >
          {piece}
        </Link>
      ) : (
        <span class={classes.join(' ')} title={title} data-span={`${a}-${b}`}>
          {piece}
        </span>
      ),
    );
  }
  return out;
}

function describe(a: Annotation): string {
  const d = (a.detail ?? {}) as Record<string, unknown>;
  switch (a.kind) {
    case 'entity':
      return `${a.label} (${String(d.en ?? '')})`;
    case 'time':
      return `${honestDate(d as never)} — ${derivationLabel(String(d.derivation ?? ''))}`;
    case 'trigger':
      return a.label;
    case 'claim':
      return `${t('accordingTo')} ${a.label}`;
    case 'stance':
      return a.label;
    case 'casualty':
      return a.label;
    default:
      return '';
  }
}
