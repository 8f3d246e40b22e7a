// Inserted text is isolated (<bdi>) so names, numbers and dates never reorder their
// neighbours, and bidi control characters in scraped text are dropped before display.
import type { ComponentChildren } from 'preact';
import { clean } from './bidi.js';

export { clean };

export function B(props: {
  children?: ComponentChildren;
  text?: string | null;
  class?: string;
  title?: string;
}) {
  return (
    <bdi class={props.class} title={props.title}>
      {props.text !== undefined ? clean(props.text) : props.children}
    </bdi>
  );
}
