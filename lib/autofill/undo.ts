/**
 * Undo (content script): one Undo puts the whole fill back. Every element the fill changed was recorded
 * with its state before (fill.ts `Change`); here each goes back the same way it was written (native
 * setter and events, or a click), newest first, where it still holds what the fill wrote.
 */
import { holds, put, turn, type Change } from './fill';

/**
 * Puts every element back as it was before the fill, newest first, where it still holds what the fill
 * wrote (a box the person edited since keeps their edit). Returns how many were restored and kept.
 */
export async function undoFill(
  changes: readonly Change[],
): Promise<{ restored: number; kept: number; stuck: number }> {
  let kept = 0;
  const undone: Change[] = [];
  for (const c of [...changes].reverse()) {
    if (!c.el.isConnected || !holds(c.el, c.wrote)) {
      kept++;
      continue;
    }
    put(c.el, c.before);
    undone.push(c);
  }
  await turn();
  // A page that keeps its own state may refuse some (a React radio group cannot go back to "none chosen").
  const stuck = undone.filter((c) => !holds(c.el, c.before)).length;
  return { restored: undone.length - stuck, kept, stuck };
}
