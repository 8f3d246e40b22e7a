// A meeting, visit or call only proposed, hoped for, called for or welcomed as an idea ("اقترح عقد
// قمة", "يأمل في لقاء", "معرباً عن ترحيبه بعقد اجتماع") is not one that was held: it is planned,
// so it neither stands as an event nor folds into, and votes on, the meeting the report tells.
import type { Token } from '../types.js';
import { isWord } from './words.js';

/** The word without a conjunction and a ب/ل before it ("وبعقد" → "عقد", "لضرورة" → "ضروره"). */
const bare = (t: string) => t.replace(/^[وف](?=..)/, '').replace(/^[بل](?=...)/, '');
const is = (list: string, t: string) => isWord(list, t) || isWord(list, bare(t));
// "إلى", "أن", "بأن" between the wish and the act ("تطلعه إلى زيارة", "يأمل أن يلتقي"); "في" only
// after hope ("يأمل في لقاء"): "اقترح في اتصال هاتفي" proposed something in a call that was held.
const LINKS = /^(?:الي|ان|بان)$/;
const HOPE = /امل|امال|تمني/;

/**
 * Does a word of wishing govern the trigger at token `at`? Read back over the names `named` skips
 * ("اقترح الرئيس بوتين عقد قمة"): a holding noun ("عقد", "إجراء"), a linking preposition, then the
 * wish; a welcome only with the holding noun ("رحب بزيارة الرئيس" welcomes a visit under way).
 */
export function wishedFor(tokens: Token[], from: number, at: number, named: (k: number) => boolean): boolean {
  const back: string[] = [];
  for (let k = at - 1; k >= Math.max(from, at - 12) && back.length < 4; k--)
    if (!named(k)) back.push(tokens[k].norm);
  let k = 0;
  const held = back[k] !== undefined && is('holding', back[k]);
  if (held) k++;
  const link = back[k] !== undefined && (LINKS.test(back[k]) || back[k] === 'في') ? back[k++] : '';
  const w = back[k];
  if (w === undefined || (link === 'في' && !HOPE.test(w))) return false;
  return is('wishing', w) || (held && is('welcoming', w));
}
