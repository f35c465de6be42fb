import {
  adoptPracticeKey,
  reconcile,
  remoteDb,
  replicate,
  type KeyInfo,
  type RecordsDb,
} from '../store/replica';
import {
  databaseUrl,
  getSyncConfig,
  getSyncStatus,
  setSyncConfig,
  setSyncStatus,
  type SyncConfig,
  type SyncStatus,
} from './config';
import { checkServer } from './server-check';

/**
 * The background's sync (DESIGN.md "Sync"): started from the options page (or the e2e hook) with the
 * practice passphrase, resumed by itself whenever the service worker starts again (MV3 stops idle
 * workers; PouchDB resumes from its checkpoint), and stopped when turned off. One live replication at a
 * time. What it says goes to the status line (config.ts).
 *
 * The server's own document `mba:encryption` holds how the practice's key is derived (no secret): the
 * first computer writes it, the others check the passphrase against it before anything is written.
 */
const KEY_DOC = 'mba:encryption';
/** Pulled changes come in batches: the indexes are rebuilt once they settle. */
const RECONCILE_AFTER_MS = 400;

type Replication = ReturnType<typeof replicate>;

export function createSyncEngine(deps: { hasPermission(url: string): Promise<boolean> }) {
  let live: Replication | undefined;
  let remote: RecordsDb | undefined;
  let reconcileTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingIds = new Set<string>();
  let lockedPending = false;
  let status: SyncStatus = { state: 'off', pending: 0, copied: 0 };

  const say = async (patch: Partial<SyncStatus>) => {
    status = { ...status, ...patch };
    await setSyncStatus(status).catch(() => undefined);
  };

  const runReconcile = async () => {
    const ids = [...pendingIds];
    pendingIds = new Set();
    const result = await reconcile(ids).catch(() => 'failed' as const);
    // Locked: the records cannot be opened until someone unlocks (the background is told: onUnlocked).
    if (result === 'locked') {
      lockedPending = true;
      for (const id of ids) pendingIds.add(id);
    }
  };
  const scheduleReconcile = (ids: string[]) => {
    for (const id of ids) pendingIds.add(id);
    clearTimeout(reconcileTimer);
    reconcileTimer = setTimeout(() => void runReconcile(), RECONCILE_AFTER_MS);
  };

  // During a first complete pass (start) pulled ids are not settled batch by batch: one full settle and
  // one rebuild of the indexes follow it (a new computer's first sync pulls every record).
  let firstPass = false;
  const handlers = {
    onPulled: (ids: string[]) => {
      if (!firstPass) scheduleReconcile(ids);
    },
    onProgress: (_direction: 'push' | 'pull', written: number, pending: number | undefined) =>
      void say({ copied: status.copied + written, pending: pending ?? 0 }),
    onState: (state: 'active' | 'paused' | 'error', detail?: unknown) => {
      if (state === 'active') void say({ state: 'syncing' });
      else if (state === 'paused')
        void say({
          state: 'synced',
          pending: 0,
          lastSyncedAt: new Date().toISOString(),
          offlineSince: undefined,
          error: undefined,
        });
      else
        void say({
          state: 'offline',
          offlineSince: status.offlineSince ?? new Date().toISOString(),
          error: describeError(detail),
        });
    },
  };

  const stopLive = () => {
    live?.cancel();
    live = undefined;
  };

  /** The connection, checked, with the credentials as typed. Throws an Error in plain words. */
  const connect = async (config: SyncConfig) => {
    if (!(await deps.hasPermission(config.url)))
      throw new Error(
        'The extension is not allowed to reach this server yet: press “Turn on sync” on the options page and allow it.',
      );
    const check = await checkServer(config);
    if (!check.ok) throw new Error(check.problem);
    return remoteDb(databaseUrl(config), config.username ? config : undefined);
  };

  const goLive = (db: RecordsDb) => {
    stopLive();
    remote = db;
    live = replicate(db, handlers, { live: true });
  };

  let kickTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    /**
     * A record was saved in a page (the popup, the options page). PouchDB's live replication in this
     * worker hears only of writes made through its own database object, so it is restarted (from its
     * checkpoint) to push the change now.
     */
    kick(): void {
      if (!live || !remote) return;
      clearTimeout(kickTimer);
      const db = remote;
      kickTimer = setTimeout(() => goLive(db), 250);
    },
    /**
     * Turns sync on: checks the server and the passphrase, makes this computer's key the practice's,
     * copies everything both ways once (resolves then), and keeps replicating. Throws, changing
     * nothing on the server, when the server or the passphrase is wrong.
     */
    async start(config: SyncConfig, passphrase: string): Promise<SyncStatus> {
      stopLive();
      await say({ state: 'connecting', error: undefined, copied: 0, pending: 0 });
      try {
        const db = await connect(config);
        const keyDoc = (await db.get(KEY_DOC).catch(() => undefined)) as { v?: KeyInfo } | undefined;
        const info = await adoptPracticeKey(passphrase, keyDoc?.v);
        if (!keyDoc) await db.bulkDocs([{ _id: KEY_DOC, v: info }]);
        await setSyncConfig({ ...config, enabled: true });
        await say({ state: 'syncing' });
        firstPass = true;
        try {
          await replicate(db, handlers, { live: false, batchSize: 500 });
        } finally {
          firstPass = false;
        }
        pendingIds = new Set();
        await reconcile();
        await say({
          state: 'synced',
          pending: 0,
          lastSyncedAt: new Date().toISOString(),
          offlineSince: undefined,
        });
        goLive(db);
        return status;
      } catch (error) {
        await say({ state: 'error', error: describeError(error) });
        throw error instanceof Error ? error : new Error(describeError(error));
      }
    },
    /** The worker started again, or the minute alarm: sync that is on keeps going (no passphrase needed). */
    async resume(): Promise<void> {
      if (live) return;
      const config = await getSyncConfig();
      if (!config?.enabled) {
        if (status.state !== 'off') await say({ state: 'off' });
        return;
      }
      try {
        goLive(await connect(config));
      } catch (error) {
        await say({
          state: 'offline',
          offlineSince: status.offlineSince ?? new Date().toISOString(),
          error: describeError(error),
        });
      }
    },
    /** Turns sync off on this computer: nothing more is sent or fetched. The records stay. */
    async stop(): Promise<void> {
      stopLive();
      remote = undefined;
      const config = await getSyncConfig();
      if (config) await setSyncConfig({ ...config, enabled: false });
      await say({ state: 'off', pending: 0, error: undefined });
    },
    /** The records were unlocked: what arrived while they were locked is settled now. */
    onUnlocked(): void {
      if (lockedPending || pendingIds.size) {
        lockedPending = false;
        scheduleReconcile([]);
      }
    },
    status: () => getSyncStatus(),
    /** Tests: whether a live replication runs. */
    isLive: () => Boolean(live && remote),
  };
}

function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  const e = error as { status?: number; message?: string; reason?: string } | undefined;
  if (e?.status === 401 || e?.status === 403) return 'The server refused the user name or password.';
  if (e?.status === 0 || e?.message === 'Failed to fetch')
    return 'The server cannot be reached: this computer is offline or the server is down.';
  return e?.reason ?? e?.message ?? 'The server did not answer as expected.';
}
