import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A CouchDB-protocol server for the sync tests: `pouchdb-server` from npm, in memory, on 127.0.0.1 and a
 * free port. Started by the test, stopped (and started again, empty) by it to play a server that goes
 * away. Nothing is written to disk.
 */
export type CouchServer = {
  origin: string;
  port: number;
  /** Creates a database (as a practice's owner does once, README "Sync"). */
  createDb(name: string): Promise<void>;
  /** Every document of a database, as the server stores it. */
  allDocs(name: string): Promise<{ id: string; doc: Record<string, unknown> }[]>;
  /** Stops it, like a server that went away (start it again with `start`). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its working directory. */
  close(): Promise<void>;
};

const BIN = path.resolve('node_modules/pouchdb-server/bin/pouchdb-server');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export async function startCouch(): Promise<CouchServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const workDir = mkdtempSync(path.join(tmpdir(), 'mba-couch-'));
  const start = async () => {
    // Its working directory is a temporary one: pouchdb-server writes config.json and log.txt there.
    child = spawn(process.execPath, [BIN, '--in-memory', '--port', String(port), '--host', '127.0.0.1'], {
      stdio: 'ignore',
      cwd: workDir,
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        if ((await fetch(`${origin}/`)).ok) return;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error('pouchdb-server did not start in 30 s');
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  const stop = async () => {
    if (!child) return;
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    child = undefined;
  };
  const close = async () => {
    await stop();
    rmSync(workDir, { recursive: true, force: true });
  };
  await start();
  return {
    origin,
    port,
    async createDb(name) {
      const res = await fetch(`${origin}/${name}`, { method: 'PUT' });
      if (!res.ok && res.status !== 412) throw new Error(`could not create ${name}: ${res.status}`);
    },
    async allDocs(name) {
      const res = await fetch(`${origin}/${name}/_all_docs?include_docs=true&conflicts=true`);
      const body = (await res.json()) as { rows: { id: string; doc: Record<string, unknown> }[] };
      return body.rows.map((r) => ({ id: r.id, doc: r.doc }));
    },
    stop,
    start,
    close,
  };
}
