// "توقيف رئيسي حزب الشعوب الديمقراطي", "اعتقال زعيم الحركة": the group whose leaders or members a
// detention names right after its noun is the one held, not the one holding.
import type { Participant, Token } from '../types.js';
import { tokenIndexAt } from './context.js';

const LEADERS = /^(?:رييس|رييسي|رييسا|زعيم|زعيما|زعيمي|قاده|قيادات|قياديي|قياديين|اعضاء|نواب|عناصر|انصار)$/;

/** Makes targets of the sources named as the group of those a nominal detention (ending at `last`) holds. */
export function heldGroups(tokens: Token[], last: number, participants: Participant[]): void {
  for (const p of participants) {
    if (p.role !== 'source' || p.entity.type !== 'ORG') continue;
    const i = tokenIndexAt(tokens, p.span.start);
    if (i - last < 2 || i - last > 3) continue;
    let held = true;
    for (let k = last + 1; k < i; k++) if (!LEADERS.test(tokens[k].norm)) held = false;
    if (held) p.role = 'target';
  }
}
