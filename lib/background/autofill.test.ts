import { describe, expect, it } from 'vitest';
import { demoBackup } from '../../demo/demo-data.mjs';
import type { FormInfo } from '../autofill/types';
import type { Client, Practice, Session } from '../model';
import { summarize } from '../store';
import { addDays } from '../dates';
import { clientLabel } from '../autofill/choose';
import { createAutofill, frameAllowed, recentUnbilledClientIds } from './autofill';
import { createFrameBudget } from './frame-budget';

const demo = demoBackup(new Date(2026, 10, 26));
const clients = demo.clients as unknown as Client[];
const sessions = demo.sessions as unknown as Session[];

function service(enabled: string[] = [], only?: string) {
  const mine = only ? clients.filter((c) => c.id === only) : clients;
  return createAutofill({
    listClientSummaries: async () => mine.map((c) => summarize(c)),
    getClient: async (id) => clients.find((c) => c.id === id),
    getClientSessions: async (id) => sessions.filter((s) => s.clientId === id),
    getPractice: async () => demo.practice as unknown as Practice,
    today: () => '2026-11-26',
    recentClientIds: async () => ['demo-marcus', 'demo-dana'],
    originEnabled: async (origin) => enabled.includes(origin),
  });
}

const top = {
  frameId: 0,
  url: 'https://portal.example.com/claims',
  tab: { url: 'https://portal.example.com/claims' },
};
const code = (row: number): FormInfo['fields'][number] => ({
  path: `lines.${row}.code`,
  layout: { kind: 'single' },
  format: { control: 'text', maxLength: 5 },
  current: [''],
});
const form = (patient: FormInfo['patient'], rows = [0], addLine = false): FormInfo => ({
  fields: [
    {
      path: 'patient.memberId',
      layout: { kind: 'single' },
      format: { control: 'text' },
      current: [patient.memberId ?? ''],
    },
    ...rows.map(code),
  ],
  rows,
  addLine,
  composer: false,
  patient,
  dates: [],
});

describe('the background side of the autofill', () => {
  it('refuses while the records are locked, and the picker says they are locked', async () => {
    const locked = () => Promise.reject(Object.assign(new Error('locked'), { name: 'RecordsLockedError' }));
    const fill = createAutofill({
      listClientSummaries: locked,
      getClient: locked,
      getClientSessions: locked,
      getPractice: locked,
      today: () => '2026-11-26',
      recentClientIds: locked,
      originEnabled: async () => false,
    });
    const reply = await fill.plan({ type: 'autofill-plan', form: form({ memberId: 'xjh 449120331' }) }, top);
    expect(reply).toEqual({ status: 'blocked', reason: expect.stringContaining('The records are locked') });
    expect(await fill.clients('mar', top)).toEqual({ clients: [], locked: true });
  });

  it('matches the client on the form, takes the latest unbilled session and plans its lines', async () => {
    const reply = await service().plan(
      { type: 'autofill-plan', form: form({ memberId: 'xjh 449120331' }, [0, 1]) },
      top,
    );
    expect(reply.status).toBe('ok');
    if (reply.status !== 'ok') return;
    expect(reply.client).toEqual({ id: 'demo-dana', label: 'Rivera, Dana' });
    expect(reply.sessionId).toBe('demo-s-today');
    expect(reply.fields.map((f) => [f.label, f.new])).toEqual([
      ['Line 1 code', '97124'],
      ['Line 2 code', '97140'],
    ]);
    // The member id typed differently (spaces, case) is the same id: nothing to ask about.
    expect(reply.fields.some((f) => f.conflict)).toBe(false);
    expect(reply.sessions[0]).toEqual({ id: 'demo-s-today', label: '11/23/2026 · 97124, 97140 · done' });
  });

  it('a blank form in a practice with one client fills from that client; with two it asks', async () => {
    const blank = form({}, [0, 1]);
    const one = await service([], 'demo-dana').plan({ type: 'autofill-plan', form: blank }, top);
    expect(one.status === 'ok' && one.client.id).toBe('demo-dana');
    expect(await service().plan({ type: 'autofill-plan', form: blank }, top)).toEqual({
      status: 'pick-client',
    });
    // A form naming someone the records do not know is never filled with the one client.
    expect(
      await service([], 'demo-dana').plan({ type: 'autofill-plan', form: form({ memberId: 'NOPE' }) }, top),
    ).toEqual({ status: 'pick-client' });
  });

  it('asks for the client when nobody matches; the picker finds people by name, and shows names only', async () => {
    const autofill = service();
    expect(await autofill.plan({ type: 'autofill-plan', form: form({ memberId: 'NOPE' }) }, top)).toEqual({
      status: 'pick-client',
    });
    expect(await autofill.clients('riv', top)).toEqual({
      clients: [{ id: 'demo-dana', label: 'Rivera, Dana' }],
    });
    expect(await autofill.clients('r', top)).toEqual({ clients: [] });
    // Before anything is typed: the clients with an unbilled session lately.
    expect((await autofill.clients('', top)).clients.map((c) => c.label)).toEqual([
      'Lee, Marcus',
      'Rivera, Dana',
    ]);
  });

  it('recent clients: unbilled sessions of the last two weeks, newest day first, each client once', async () => {
    const days: Record<string, { clientId: string; status: string }[]> = {
      '2026-11-26': [{ clientId: 'b', status: 'scheduled' }],
      '2026-11-25': [
        { clientId: 'a', status: 'billed' },
        { clientId: 'c', status: 'done' },
        { clientId: 'b', status: 'done' },
      ],
      '2026-11-01': [{ clientId: 'old', status: 'done' }],
    };
    const ids = await recentUnbilledClientIds('2026-11-26', async (d) => days[d] ?? [], addDays);
    expect(ids).toEqual(['b', 'c']);
  });

  it('asks for rows through the add-line control when the session has more lines than the form', async () => {
    const withAdd = await service().plan(
      { type: 'autofill-plan', form: form({ memberId: 'XJH449120331' }, [0], true) },
      top,
    );
    expect(withAdd.status === 'ok' && withAdd.addRows).toBe(1);
    const without = await service().plan(
      { type: 'autofill-plan', form: form({ memberId: 'XJH449120331' }, [0]) },
      top,
    );
    expect(without.status === 'ok' && without.skipped).toEqual([
      { label: 'Line 2', why: 'the form has no more rows' },
    ]);
  });

  it('remembers the client picked in a frame, for that frame only', async () => {
    const autofill = service();
    const inTab = (tab: number, frameId = 0) => ({ ...top, frameId, tab: { ...top.tab, id: tab } });
    await autofill.clients('lee', inTab(4)); // the picker, in that frame, offered Marcus
    expect(autofill.choose(inTab(4), 'demo-marcus')).toBeUndefined(); // and the person picked him
    await autofill.plan({ type: 'autofill-plan', form: form({}), clientId: 'demo-marcus' }, inTab(4));
    expect(autofill.pickedFor(inTab(4))).toBe('demo-marcus');
    expect(autofill.pickedFor(inTab(5))).toBeUndefined();
    // Matched from the form, nothing was picked.
    await autofill.plan({ type: 'autofill-plan', form: form({ memberId: 'XJH449120331' }) }, inTab(6));
    expect(autofill.pickedFor(inTab(6))).toBeUndefined();
  });

  it('a picked session wins over the default', async () => {
    const reply = await service().plan(
      {
        type: 'autofill-plan',
        form: form({ memberId: 'XJH449120331' }),
        clientId: 'demo-dana',
        sessionId: 'demo-s-1',
      },
      top,
    );
    expect(reply.status === 'ok' && reply.sessionId).toBe('demo-s-1');
  });
});

describe('frameAllowed', () => {
  const frame = (url: string, tabUrl = 'https://www.officeally.com/secure_oa.asp') => ({
    frameId: 3,
    url,
    origin: new URL(url).origin,
    tab: { url: tabUrl },
  });
  it('the top frame and frames of its origin; another origin only when enabled', async () => {
    const never = async () => false;
    expect(await frameAllowed(top, never)).toBe(true);
    expect(await frameAllowed(frame('https://www.officeally.com/oa/Claims/x.aspx'), never)).toBe(true);
    expect(await frameAllowed(frame('https://ads.example.net/frame'), never)).toBe(false);
    expect(
      await frameAllowed(
        frame('https://apps.availity.com/claims-ui/'),
        async (o) => o === 'https://apps.availity.com',
      ),
    ).toBe(true);
    // A sandboxed frame (opaque origin) never passes as its URL's origin.
    const sandboxed = { ...frame('https://www.officeally.com/x'), origin: 'null' };
    expect(await frameAllowed(sandboxed, never)).toBe(false);
    expect(await frameAllowed({ ...sandboxed, url: 'about:srcdoc' }, async () => true)).toBe(false);
  });

  it('a plan asked from a frame of a site that is not enabled is refused', async () => {
    const reply = await service().plan(
      { type: 'autofill-plan', form: form({ memberId: 'XJH449120331' }) },
      frame('https://evil.example.net/'),
    );
    expect(reply.status).toBe('blocked');
  });

  describe('what a frame can get out of the records (a compromised page asks in a loop)', () => {
    const inTab = (tab: number, frameId = 0) => ({ ...top, frameId, tab: { ...top.tab, id: tab } });

    it('a plan for a client the form does not name only for the one picked in this frame', async () => {
      const autofill = service();
      const ask = (tab: number) =>
        autofill.plan({ type: 'autofill-plan', form: form({}), clientId: 'demo-marcus' }, inTab(tab));
      expect(await ask(1)).toEqual({ status: 'pick-client' });
      // A pick is of a client the frame's picker offered.
      expect(autofill.choose(inTab(2), 'demo-marcus')).toMatch(/Pick a client/);
      await autofill.clients('lee', inTab(2));
      expect((await ask(2)).status).toBe('pick-client'); // offered is not picked
      expect(autofill.choose(inTab(2), 'demo-marcus')).toBeUndefined();
      expect((await ask(1)).status).toBe('pick-client'); // picked in another tab, not this one
      expect((await ask(2)).status).toBe('ok');
      expect(
        (await autofill.plan({ type: 'autofill-plan', form: form({}), clientId: 'demo-dana' }, inTab(2)))
          .status,
      ).toBe('pick-client'); // not the one picked
    });

    it('the client the form names needs no offer', async () => {
      const reply = await service().plan(
        { type: 'autofill-plan', form: form({ memberId: 'XJH449120331' }), clientId: 'demo-dana' },
        inTab(3),
      );
      expect(reply.status).toBe('ok');
    });

    it('searches and fills for other clients are rationed per frame; another frame keeps its own', async () => {
      let t = 0;
      const autofill = createAutofill(
        {
          listClientSummaries: async () => clients.map((c) => summarize(c)),
          getClient: async (id) => clients.find((c) => c.id === id),
          getClientSessions: async () => [],
          getPractice: async () => demo.practice as unknown as Practice,
          today: () => '2026-11-26',
          recentClientIds: async () => [],
          originEnabled: async () => false,
        },
        {
          searches: createFrameBudget({ burst: 3, perMinute: 3, now: () => t }),
          otherClients: createFrameBudget({ burst: 1, perMinute: 1, now: () => t }),
        },
      );
      const search = (tab: number) => autofill.clients('ri', inTab(tab));
      expect((await search(1)).clients.length).toBeGreaterThan(0);
      await search(1);
      await search(1);
      expect(await search(1)).toEqual({ clients: [], limited: true });
      expect((await search(2)).limited).toBeUndefined();
      t += 20_000; // one search a 20 s
      expect((await search(1)).limited).toBeUndefined();

      await autofill.clients('lee', inTab(1));
      await autofill.clients('riv', inTab(1));
      t += 60_000;
      await autofill.clients('lee', inTab(1));
      await autofill.clients('riv', inTab(1));
      const pick = (clientId: string) => autofill.choose(inTab(1), clientId);
      expect(pick('demo-marcus')).toBeUndefined();
      expect(pick('demo-marcus')).toBeUndefined(); // the same client again: free
      expect(pick('demo-dana')).toMatch(/wait a minute/);
      t += 60_000;
      expect(pick('demo-dana')).toBeUndefined();
    });

    it('labels carry a birth year only when two clients share the name', () => {
      const practice = [
        { id: 'a', lastName: 'Rivera', firstName: 'Dana', birthDate: '1986-04-12' },
        { id: 'b', lastName: 'rivera', firstName: 'dana', birthDate: '1990-01-02' },
        { id: 'c', lastName: 'Lee', firstName: 'Marcus', birthDate: '1979-03-01' },
      ];
      expect(practice.map((c) => clientLabel(c, practice))).toEqual([
        'Rivera, Dana (born 1986)',
        'rivera, dana (born 1990)',
        'Lee, Marcus',
      ]);
    });
  });
});
