import {
  CLIENT_PREFIX,
  CLIENT_SESSIONS_PREFIX,
  CLIENT_SHARD_PREFIX,
  DAY_INDEX_PREFIX,
  PRACTICE_KEY,
  SESSION_PREFIX,
  SETTINGS_KEY,
} from './keys';

/** What changed in the store, decoded from the keys another page (or this one) wrote. */
export type RecordsChange = {
  /** Ids of clients whose record changed (added, edited or deleted). */
  clients: Set<string>;
  /** Ids of sessions whose record changed. */
  sessions: Set<string>;
  /** The client list (names, member ids, birth dates) changed. */
  clientList: boolean;
  /** Dates whose list of sessions changed. */
  days: Set<string>;
  /** Clients whose list of sessions changed. */
  clientSessions: Set<string>;
  practice: boolean;
  settings: boolean;
};

export function decodeChange(keys: Iterable<string>): RecordsChange {
  const change: RecordsChange = {
    clients: new Set(),
    sessions: new Set(),
    clientList: false,
    days: new Set(),
    clientSessions: new Set(),
    practice: false,
    settings: false,
  };
  for (const key of keys) {
    if (key.startsWith(CLIENT_PREFIX)) change.clients.add(key.slice(CLIENT_PREFIX.length));
    else if (key.startsWith(SESSION_PREFIX)) change.sessions.add(key.slice(SESSION_PREFIX.length));
    else if (key.startsWith(CLIENT_SHARD_PREFIX)) change.clientList = true;
    else if (key.startsWith(DAY_INDEX_PREFIX)) change.days.add(key.slice(DAY_INDEX_PREFIX.length));
    else if (key.startsWith(CLIENT_SESSIONS_PREFIX))
      change.clientSessions.add(key.slice(CLIENT_SESSIONS_PREFIX.length));
    else if (key === PRACTICE_KEY) change.practice = true;
    else if (key === SETTINGS_KEY) change.settings = true;
  }
  return change;
}

/**
 * Every extension page and the background share one origin, so a BroadcastChannel reaches them all
 * (the database itself tells no other page). Only keys travel on it: ids and dates, never a record.
 * A message posted on one channel object reaches every other object of that name, in this page too.
 */
const CHANNEL = 'massage-billing-assistant:records';
let sender: BroadcastChannel | undefined;

/** Tells every page (this one included) which keys were just written. */
export function announceChange(keys: string[]): void {
  if (typeof BroadcastChannel === 'undefined' || keys.length === 0) return;
  sender ??= unref(new BroadcastChannel(CHANNEL));
  sender.postMessage(keys);
}

/**
 * Calls `onChange` whenever records change in any extension page (or this one), so every open page
 * shows the same records. Returns the function that stops watching. The listener receives only which
 * records changed; pages re-read them through the validated getters.
 */
export function watchRecords(onChange: (change: RecordsChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = unref(new BroadcastChannel(CHANNEL));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!Array.isArray(event.data)) return;
    const change = decodeChange(event.data.filter((k): k is string => typeof k === 'string'));
    if (
      change.clients.size ||
      change.sessions.size ||
      change.clientList ||
      change.days.size ||
      change.clientSessions.size ||
      change.practice ||
      change.settings
    ) {
      onChange(change);
    }
  };
  return () => channel.close();
}

/** Node's channels (unit tests) would keep the process alive; browsers have no `unref`. */
function unref(channel: BroadcastChannel): BroadcastChannel {
  (channel as { unref?: () => void }).unref?.();
  return channel;
}
