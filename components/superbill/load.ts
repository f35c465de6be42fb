import { localToday } from '../../lib/dates';
import type { Client, Session } from '../../lib/model';
import { getClient, getClientSessions, getPractice, getSession, getSettings } from '../../lib/store';
import { buildSuperbill, type Superbill } from '../../lib/superbill/build';
import type { SuperbillRequest } from '../../lib/superbill/params';
import { fullName, usDate } from './format';

export type SuperbillLoad =
  | { kind: 'ok'; superbill: Superbill; request: SuperbillRequest }
  | { kind: 'empty'; message: string; client: Client; leftOut: Session[] }
  | { kind: 'error'; message: string };

/** Reads the records the address asks for and builds the superbill; a message a person can act on otherwise. */
export async function loadSuperbill(request: SuperbillRequest, today = localToday()): Promise<SuperbillLoad> {
  let client: Client | undefined;
  let sessions: Session[];
  let clientSessions: Session[];
  if (request.kind === 'session') {
    const session = await getSession(request.sessionId);
    if (!session) {
      return {
        kind: 'error',
        message: `No session with the id “${request.sessionId}” is saved in this browser. It may have been deleted, or the link was made on another computer.`,
      };
    }
    client = await getClient(session.clientId);
    if (!client) {
      return { kind: 'error', message: 'The client of this session is no longer saved in this browser.' };
    }
    clientSessions = await getClientSessions(client.id);
    sessions = [session];
  } else {
    client = await getClient(request.clientId);
    if (!client) {
      return {
        kind: 'error',
        message: `No client with the id “${request.clientId}” is saved in this browser. They may have been deleted, or the link was made on another computer.`,
      };
    }
    clientSessions = await getClientSessions(client.id);
    sessions = clientSessions.filter(
      (s) => (!request.from || s.date >= request.from) && (!request.to || s.date <= request.to),
    );
  }
  const [practice, settings] = await Promise.all([getPractice(), getSettings()]);
  const superbill = buildSuperbill({ client, sessions, clientSessions, practice, settings, today });
  if (superbill.lines.length === 0) {
    return {
      kind: 'empty',
      message: emptyMessage(client, request, superbill.leftOut),
      client,
      leftOut: superbill.leftOut,
    };
  }
  return { kind: 'ok', superbill, request };
}

function emptyMessage(client: Client, request: SuperbillRequest, leftOut: Session[]): string {
  const name = fullName(client) || 'this client';
  if (leftOut.length) {
    return `${name}'s ${leftOut.length === 1 ? 'session' : 'sessions'} in this range (${leftOut.map((s) => usDate(s.date)).join(', ')}) ${leftOut.length === 1 ? 'is' : 'are'} after today: a superbill lists services already given.`;
  }
  if (request.kind === 'session') return `This session of ${name} has no services to list.`;
  const range =
    request.from && request.to
      ? `between ${usDate(request.from)} and ${usDate(request.to)}`
      : request.from
        ? `since ${usDate(request.from)}`
        : request.to
          ? `up to ${usDate(request.to)}`
          : 'saved';
  return `No sessions for ${name} ${range}. Check the dates, or record the sessions in the popup first.`;
}
