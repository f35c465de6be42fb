/** The NCCI-associated modifiers that may bypass a PTP edit with indicator 1 (domain.md 1.1). */
export const NCCI_MODIFIERS = ['59', 'XE', 'XS', 'XP', 'XU'] as const;
export type NcciModifier = (typeof NCCI_MODIFIERS)[number];

/** The first NCCI-associated modifier among `modifiers`, or undefined. */
export function ncciModifierOf(modifiers: readonly string[]): NcciModifier | undefined {
  return modifiers.find((m): m is NcciModifier => (NCCI_MODIFIERS as readonly string[]).includes(m));
}
