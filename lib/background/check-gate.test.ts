import { describe, expect, test } from 'vitest';
import { createCheckGate } from './check-gate';

/** A clock the test moves by hand; `sleep` resolves when the clock reaches its end. */
function fakeClock() {
  let t = 0;
  const sleepers: { until: number; resolve(): void }[] = [];
  return {
    now: () => t,
    sleep: (ms: number) => new Promise<void>((resolve) => sleepers.push({ until: t + ms, resolve })),
    async advance(ms: number) {
      t += ms;
      for (const s of sleepers.splice(0)) {
        if (s.until <= t) s.resolve();
        else sleepers.push(s);
      }
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const superseded = () => 'superseded';

describe('check gate (per-frame admission of claim checks)', () => {
  test('a person typing (under the burst) is never held back', async () => {
    const clock = fakeClock();
    const gate = createCheckGate({ now: clock.now, sleep: clock.sleep, burst: 10, perSecond: 20 });
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => gate.run('1:0', async () => `check ${i}`, superseded)),
    );
    expect(answers).toEqual(Array.from({ length: 10 }, (_, i) => `check ${i}`));
  });

  test('over the rate, the waiting checks are dropped for the newest, which runs in its turn', async () => {
    const clock = fakeClock();
    const gate = createCheckGate({ now: clock.now, sleep: clock.sleep, burst: 2, perSecond: 10 });
    const ran: number[] = [];
    const all = Array.from({ length: 6 }, (_, i) =>
      gate.run('1:0', async () => (ran.push(i), `check ${i}`), superseded),
    );
    await clock.advance(0);
    expect(ran).toEqual([0, 1]);
    await clock.advance(100);
    expect(await Promise.all(all)).toEqual([
      'check 0',
      'check 1',
      'superseded',
      'superseded',
      'superseded',
      'check 5',
    ]);
    expect(ran).toEqual([0, 1, 5]);
  });

  test("one frame's flood does not hold back another frame or tab", async () => {
    const clock = fakeClock();
    const gate = createCheckGate({ now: clock.now, sleep: clock.sleep, burst: 1, perSecond: 1 });
    const flood = Array.from({ length: 50 }, () => gate.run('1:0', async () => 'flood', superseded));
    expect(await gate.run('2:0', async () => 'other tab', superseded)).toBe('other tab');
    expect(await gate.run('1:3', async () => 'other frame', superseded)).toBe('other frame');
    await clock.advance(1000);
    expect((await Promise.all(flood)).filter((a) => a === 'flood')).toHaveLength(2);
  });

  test('a job learns when a newer check came in while it waited for the records', async () => {
    const gate = createCheckGate();
    let release!: () => void;
    const records = new Promise<void>((r) => (release = r));
    const first = gate.run(
      '1:0',
      async (isCurrent) => {
        await records;
        return isCurrent() ? 'evaluated' : 'skipped';
      },
      superseded,
    );
    const second = gate.run('1:0', async (isCurrent) => (isCurrent() ? 'evaluated' : 'skipped'), superseded);
    release();
    expect([await first, await second]).toEqual(['skipped', 'evaluated']);
  });

  test('remembers a bounded number of frames', async () => {
    const clock = fakeClock();
    const gate = createCheckGate({
      now: clock.now,
      sleep: clock.sleep,
      burst: 1,
      perSecond: 1,
      maxFrames: 2,
    });
    await gate.run('1:0', async () => 'a', superseded);
    await gate.run('2:0', async () => 'b', superseded);
    await gate.run('3:0', async () => 'c', superseded); // forgets 1:0, whose bucket was empty
    expect(await gate.run('1:0', async () => 'a again', superseded)).toBe('a again');
  });
});
