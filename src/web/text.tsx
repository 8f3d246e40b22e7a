// Inserted text is isolated (<bdi>) so names, numbers and dates never reorder their
// neighbours, and bidi control characters in scraped text are dropped before display.
import type { ComponentChildren } from 'preact';

/** LRM, RLM, ALM, embeddings, overrides and isolates: they would steer the page's own layout. */
const BIDI = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

export const clean = (s: string | null | undefined): string => (s ?? '').replace(BIDI, '');

export function B(props: { children?: ComponentChildren; text?: string | null; class?: string; title?: string }) {
  return (
    <bdi class={props.class} title={props.title}>
      {props.text !== undefined ? clean(props.text) : props.children}
    </bdi>
  );
}
