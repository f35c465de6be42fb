/** The options page's sections a popup link may open (components/options/sections.ts ids). */
export type SettingsSectionId = 'practice' | 'settings' | 'payer-rules' | 'sites' | 'code-tables' | 'data';

/**
 * A link to one section of the options page ("add it in Settings, Practice" opens Practice itself).
 * Relative to the popup's own origin, so it works in every build; the options page scrolls to and
 * focuses the section named by the hash once it has drawn (components/options/OptionsApp.tsx).
 */
export function settingsUrl(section: SettingsSectionId): string {
  return `/options.html#${section}`;
}
