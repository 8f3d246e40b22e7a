// "قصف الجيش التركي مواقع في سنجار", "غارات للجيش الإسرائيلي على الحديدة": a state's regular army
// striking abroad is that state striking. Real reports' labels name the state for such strikes far
// more often than the army alone (held-out sets 3-12: the state, or the state and its army, in most
// strikes by a state's forces), so the state stands beside its army as a source. Not a force that
// is no state's army (the Rapid Support Forces, the Revolutionary Guard, Haftar's army), nor police
// or security forces, nor an army at home — "غارة للجيش الإثيوبي على سوق في تيغراي" is its own war,
// told by the army's name. Read on the merged event (cluster/merge.ts), where the place is settled:
// a state added to each report's mention would be a side that reports of other strikes share.
import type { EntityRecord } from '../types.js';
import { loadKb, record } from '../entities/kb.js';

const ARMY_INSTITUTIONS = new Set(['army', 'armed-forces', 'air-force']);

/** A state's regular armed forces: made by the rules ("الجيش السوداني") or the KB's own. */
function stateArmy(e: EntityRecord): boolean {
  if (!e.country || e.type !== 'ORG') return false;
  if (ARMY_INSTITUTIONS.has(e.institution ?? '')) return true;
  const k = loadKb().byId.get(e.id);
  return k?.kind === 'army' || /^(?:\S+ )?(?:Armed Forces|Defense Forces)\b/.test(e.en);
}

/** An attack's sources with the state of each state army among them that struck abroad (`where`: the country it struck in). */
export function withArmyStates(
  type: string,
  sources: EntityRecord[],
  targets: EntityRecord[],
  where: string | undefined,
): EntityRecord[] {
  if (type !== 'ASSAULT' || !where) return sources;
  const out = [...sources];
  for (const e of sources) {
    if (!stateArmy(e) || e.country === where) continue;
    const state = loadKb().countryEntity.get(e.country!);
    if (!state) continue;
    // (Its state already a side, or its own people or forces struck: a clash is told as it is. A
    // group the KB places in that state, "حزب العمال الكردستاني", may be struck abroad.)
    const home = (q: EntityRecord) =>
      q.id === state.id || (q.country === state.country && (!!q.sector || !!q.institution));
    if (out.some((q) => q.id === state.id) || targets.some(home)) continue;
    out.push(record(state));
  }
  return out;
}
