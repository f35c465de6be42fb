import * as z from 'zod/mini';

/** What the options page asks the background about sync (lib/background/sync-routes.ts). */
const ConfigSchema = z.strictObject({
  url: z.string().check(z.maxLength(500)),
  database: z.string().check(z.maxLength(200)),
  username: z.string().check(z.maxLength(200)),
  password: z.string().check(z.maxLength(500)),
  enabled: z.boolean(),
});

export const SyncMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('sync-test'), config: ConfigSchema }),
  z.strictObject({
    type: z.literal('sync-start'),
    config: ConfigSchema,
    passphrase: z.string().check(z.maxLength(1000)),
  }),
  z.strictObject({ type: z.literal('sync-stop') }),
]);
export type SyncMessage = z.infer<typeof SyncMessageSchema>;
export type SyncReply = { ok: true } | { ok: false; problem: string };
