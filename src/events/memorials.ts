// "انفجار قرب مرقد قاسم سليماني", "في الذكرى السنوية لاغتيال فلان": a person named by his grave,
// funeral or memory is whom a crowd gathered for, not the side an attack on that crowd struck.
import type { Token } from '../types.js';
import { type SentenceView, tokenIndexAt } from './context.js';

const MEMORIAL =
  /^[وفبل]?(?:ل|ال|لل)?(?:ذكري|مرقد|قبر|ضريح|مدفن|جنازه|جنازات|تشييع|تابين|مراسم|مقبره|نصب|تمثال)$/;

/** Is the mention at `start` named, a few words on, after a word of a grave or a memorial? */
export function commemorated(tokens: Token[], v: SentenceView, start: number, text: string): boolean {
  const i = tokenIndexAt(tokens, start);
  for (let k = i - 1; k >= Math.max(v.from, i - 5); k--) {
    if (/[،,؛.:]/.test(text.slice(tokens[k].span.end, tokens[k + 1].span.start))) return false;
    if (MEMORIAL.test(tokens[k].norm)) return true;
  }
  return false;
}
