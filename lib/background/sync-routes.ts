import type * as z from 'zod/mini';
import { SyncMessageSchema, type SyncMessage, type SyncReply } from '../messages/sync';
import { checkServer } from '../sync/server-check';
import type { createSyncEngine } from '../sync/engine';
import { memberFor, type Route } from './router';

const schemaFor = (type: SyncMessage['type']) => memberFor(SyncMessageSchema, type);
const problemOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Sync's routes: the options page only (never a content script), each message checked first. */
export function syncRoutes(
  engine: ReturnType<typeof createSyncEngine>,
  hasPermission: (url: string) => Promise<boolean>,
) {
  const route = <T extends SyncMessage['type']>(
    type: T,
    handle: (message: Extract<SyncMessage, { type: T }>) => Promise<SyncReply>,
  ): Route<z.ZodMiniType> => ({ schema: schemaFor(type), from: ['extension-page'], handle: handle as never });
  return {
    'sync-test': route('sync-test', async ({ config }) => {
      if (!(await hasPermission(config.url)))
        return {
          ok: false,
          problem: 'The extension is not allowed to reach this server: allow it when the browser asks.',
        };
      const check = await checkServer(config);
      return check.ok ? { ok: true } : { ok: false, problem: check.problem };
    }),
    'sync-start': route('sync-start', async ({ config, passphrase }) =>
      engine.start(config, passphrase).then(
        () => ({ ok: true }) as const,
        (error: unknown) => ({ ok: false, problem: problemOf(error) }) as const,
      ),
    ),
    'sync-stop': route('sync-stop', async () => {
      await engine.stop();
      return { ok: true };
    }),
  };
}
