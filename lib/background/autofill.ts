import type * as z from 'zod/mini';
import { clientLabel, defaultSession, sessionChoices } from '../autofill/choose';
import { fillValues } from '../autofill/fill-values';
import { planFill } from '../autofill/plan';
import type { AutofillClientsReply, AutofillPlanReply } from '../autofill/types';
import type { AutofillRequestSchema } from '../messages/schemas';
import type { Client, Practice, Session } from '../model';
import {
  buildSearchIndex,
  isRecordsLockedError,
  matchClient,
  searchClients,
  type ClientSummary,
} from '../store';
import { createFrameBudget, type FrameBudget } from './frame-budget';

type Request = z.infer<typeof AutofillRequestSchema>;
type PlanRequest = Extract<Request, { type: 'autofill-plan' }>;
/** What the background knows of a message's sender (Browser.runtime.MessageSender fits). */
type Sender = { frameId?: number; url?: string; origin?: string; tab?: { id?: number; url?: string } };

export type AutofillDeps = {
  listClientSummaries(): Promise<ClientSummary[]>;
  getClient(id: string): Promise<Client | undefined>;
  getClientSessions(id: string): Promise<Session[]>;
  getPractice(): Promise<Practice>;
  today(): string;
  /** Clients with unbilled sessions (done or scheduled) in the last days up to today, most recent first. */
  recentClientIds(today: string): Promise<string[]>;
  /** Whether the extension runs on this origin by the user's choice or as a known portal. */
  originEnabled(origin: string): Promise<boolean>;
};

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** Clients with unbilled sessions (done or scheduled) in the day index of the last `days` days, newest first. */
export async function recentUnbilledClientIds(
  today: string,
  entriesOn: (date: string) => Promise<{ clientId: string; status: string }[]>,
  addDays: (date: string, n: number) => string,
  days = 14,
): Promise<string[]> {
  const dates = Array.from({ length: days }, (_, i) => addDays(today, -i));
  const ids: string[] = [];
  for (const day of await Promise.all(dates.map(entriesOn)))
    for (const e of day)
      if ((e.status === 'done' || e.status === 'scheduled') && !ids.includes(e.clientId))
        ids.push(e.clientId);
  return ids;
}

/**
 * The fill goes into the page the person is on: the top frame, a frame of the same origin, or a frame
 * whose origin the person enabled (Bitwarden's untrusted-iframe rule). The background knows the tab's
 * address; the content script's word is not taken for it.
 */
export async function frameAllowed(sender: Sender, originEnabled: AutofillDeps['originEnabled']) {
  if (!sender.frameId) return true;
  // A sandboxed frame has an opaque origin ("null") whatever its address says: never.
  if (sender.origin === 'null') return false;
  const frame = sender.origin ?? originOf(sender.url);
  if (!frame || frame === 'null') return false;
  if (frame === originOf(sender.tab?.url)) return true;
  return originEnabled(frame);
}

const BLOCKED = 'This frame comes from another site than the page, and that site is not enabled.';
const LOCKED =
  "The records are locked, so nothing was filled: unlock them in the extension's popup with the practice passphrase, then fill again.";
const TOO_MANY_CLIENTS =
  'Fills for many different clients came from this page in a short time: wait a minute, then fill again.';

/** What one frame may ask for: searches of the client list, and fills for a client the form does not name. */
export type AutofillBudgets = { searches: FrameBudget; otherClients: FrameBudget };

const defaultBudgets = (): AutofillBudgets => ({
  // A person types a name in the picker: a query a keystroke, a few names a minute.
  searches: createFrameBudget({ burst: 30, perMinute: 30 }),
  // A biller enters a claim a minute at most; each may be for a client picked by name.
  otherClients: createFrameBudget({ burst: 10, perMinute: 1 }),
});
const MAX_OFFERED = 200;

/**
 * The background side of the autofill: match or take the client, choose the session, plan the writes.
 * The content script gets the planned writes for the boxes of its own form, the chosen client's name
 * and that client's session dates; never a record, never the client list.
 */
export function createAutofill(deps: AutofillDeps, budgets: AutofillBudgets = defaultBudgets()) {
  // The client a person picked in a frame's panel (tab and frame), for that frame's claim checks.
  const picked = new Map<string, string>();
  // The clients this frame's picker was shown: a pick is one of these only.
  const offered = new Map<string, Set<string>>();
  // The client a person picked in this frame's fill frame: a plan for a client the form does not name
  // is for this one only (a content script's word is never enough: lib/background/fill-frames.ts).
  const chosen = new Map<string, string>();
  const frameKey = (s: Sender) => (s.tab?.id === undefined ? undefined : `${s.tab.id}:${s.frameId ?? 0}`);
  const offer = (key: string, ids: string[]) => {
    let set = offered.get(key);
    if (!set) {
      if (offered.size >= 50) offered.delete(offered.keys().next().value!);
      offered.set(key, (set = new Set()));
    }
    for (const id of ids) if (set.size < MAX_OFFERED) set.add(id);
  };
  async function planUnlocked(message: PlanRequest, sender: Sender): Promise<AutofillPlanReply> {
    if (!(await frameAllowed(sender, deps.originEnabled))) return { status: 'blocked', reason: BLOCKED };
    const { form } = message;
    const key = frameKey(sender) ?? 'no-tab';
    const summaries = await deps.listClientSummaries();
    // A form that names nobody yet, in a practice with one client: that client (nothing to choose
    // between). A form that names someone the records do not know is never filled with another person.
    const namesNobody = !Object.values(form.patient).some((v) => typeof v === 'string' && v.trim());
    const onForm =
      matchClient(form.patient, summaries)?.id ??
      (namesNobody && summaries.length === 1 ? summaries[0]!.id : undefined);
    // A client the form does not name: only the one the person picked in this frame's fill frame.
    if (message.clientId && message.clientId !== onForm && chosen.get(key) !== message.clientId)
      return { status: 'pick-client' };
    const clientId = message.clientId ?? onForm;
    const client = clientId ? await deps.getClient(clientId) : undefined;
    if (!client) return { status: 'pick-client' };
    if (message.clientId) {
      picked.delete(key);
      picked.set(key, client.id);
      if (picked.size > 50) picked.delete(picked.keys().next().value!);
    }
    const [sessions, practice] = await Promise.all([deps.getClientSessions(client.id), deps.getPractice()]);
    const today = deps.today();
    const session = message.sessionId
      ? sessions.find((s) => s.id === message.sessionId)
      : defaultSession(sessions, form.dates, today);
    const values = fillValues(practice, client, session, today);
    const { fields, skipped } = planFill(form.fields, values);
    const lines = session?.lines.length ?? 0;
    const have = form.rows.length;
    let addRows = 0;
    if (lines > have) {
      if (form.addLine && !form.composer) addRows = Math.min(lines - have, 50);
      else
        skipped.push({
          label: `Line${lines - have > 1 ? 's' : ''} ${have + 1}${lines - have > 1 ? `-${lines}` : ''}`,
          why: form.composer
            ? "one line at a time here: press the portal's Add Line, then fill again"
            : 'the form has no more rows',
        });
    }
    return {
      status: 'ok',
      client: { id: client.id, label: clientLabel(client, summaries) },
      sessions: sessionChoices(sessions, session?.id),
      ...(session ? { sessionId: session.id } : {}),
      addRows,
      fields,
      skipped,
    };
  }

  return {
    /**
     * The client picked for this frame's form, if any: it stands for the patient when the form names
     * nobody the records know (a page that keeps the patient in hidden inputs), so its checks can run.
     */
    pickedFor(sender: Sender): string | undefined {
      const key = frameKey(sender);
      return key === undefined ? undefined : picked.get(key);
    },

    /** Whether this frame may be filled (same origin as the tab, or an enabled one; never sandboxed). */
    frameAllowed: (sender: Sender) => frameAllowed(sender, deps.originEnabled),

    /** The fill for this frame's form; refused while the records are locked (nothing to fill from). */
    async plan(message: PlanRequest, sender: Sender): Promise<AutofillPlanReply> {
      try {
        return await planUnlocked(message, sender);
      } catch (error) {
        if (isRecordsLockedError(error)) return { status: 'blocked', reason: LOCKED };
        throw error;
      }
    },

    /**
     * The person picked a client in the fill frame of this frame: only one its picker offered, and only
     * a few different clients a minute. Returns why not, if not.
     */
    choose(sender: Sender, clientId: string): string | undefined {
      const key = frameKey(sender) ?? 'no-tab';
      if (!offered.get(key)?.has(clientId)) return 'Pick a client from the list shown.';
      if (chosen.get(key) !== clientId && !budgets.otherClients.take(key)) return TOO_MANY_CLIENTS;
      chosen.delete(key);
      chosen.set(key, clientId);
      if (chosen.size > 50) chosen.delete(chosen.keys().next().value!);
      return undefined;
    },

    /**
     * The picker's list: clients whose name matches the query (2+ characters), or, before anything is
     * typed, the few clients with an unbilled session lately (the claim being entered is most likely one).
     */
    async clients(query: string, sender: Sender): Promise<AutofillClientsReply> {
      const q = query.trim();
      if (q.length === 1 || !(await frameAllowed(sender, deps.originEnabled))) return { clients: [] };
      const key = frameKey(sender) ?? 'no-tab';
      if (!budgets.searches.take(key)) return { clients: [], limited: true };
      let summaries: ClientSummary[];
      try {
        summaries = await deps.listClientSummaries();
      } catch (error) {
        if (isRecordsLockedError(error)) return { clients: [], locked: true };
        throw error;
      }
      let matches: ClientSummary[];
      if (q) matches = searchClients(buildSearchIndex(summaries), q, 8).matches;
      else {
        const byId = new Map(summaries.map((c) => [c.id, c]));
        matches = (await deps.recentClientIds(deps.today())).flatMap((id) => byId.get(id) ?? []).slice(0, 5);
      }
      offer(
        key,
        matches.map((c) => c.id),
      );
      return { clients: matches.map((c) => ({ id: c.id, label: clientLabel(c, summaries) })) };
    },
  };
}
