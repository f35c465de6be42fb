import * as z from 'zod/mini';

/**
 * Popup -> background: the portal the user is looking at, enabled one origin at a time (the fewest permissions that work). The
 * popup itself asks the browser for the permission (only a click handler may); the background then
 * registers and injects the scripts. Validated like every message; accepted from extension pages only.
 */
const Origin = z
  .string()
  .check(z.maxLength(300), z.regex(/^https?:\/\/[^/*]+\/\*$/, 'one site: scheme://host/*'));
const TabId = z.int().check(z.nonnegative());

export const SiteMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('site-status'), url: z.string().check(z.maxLength(4000)) }),
  z.strictObject({ type: z.literal('site-enabled'), origin: Origin, tabId: TabId }),
  z.strictObject({ type: z.literal('site-disable'), origin: Origin }),
  z.strictObject({ type: z.literal('site-check-once'), tabId: TabId }),
  z.strictObject({ type: z.literal('site-list') }),
]);
export type SiteMessage = z.infer<typeof SiteMessageSchema>;

/** What the popup shows for the current tab. */
export type SiteStatus =
  | { kind: 'unsupported' } // chrome://, file://, the Web Store...
  | { kind: 'built-in'; origin: string } // a known portal: always on
  | { kind: 'enabled'; origin: string }
  | { kind: 'disabled'; origin: string };

export type SiteReply =
  SiteStatus | { ok: true; injected?: boolean } | { ok: false; reason: string } | { sites: string[] };
