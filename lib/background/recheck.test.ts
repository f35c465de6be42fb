import { describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createRecheck, RECHECK_MESSAGE } from './recheck';

const frame = (tabId: number, frameId = 0) =>
  ({ tab: { id: tabId }, frameId }) as Browser.runtime.MessageSender;

function setup(fail: (tabId: number) => boolean = () => false) {
  const timers: (() => void)[] = [];
  const sendToFrame = vi.fn(async (tabId: number, _frameId: number, _message: unknown) => {
    if (fail(tabId)) throw new Error('Could not establish connection');
  });
  const recheck = createRecheck({ sendToFrame, setTimer: (run) => timers.push(run) });
  const settle = async () => {
    timers.splice(0).forEach((run) => run());
    await new Promise((r) => setTimeout(r, 0));
  };
  return { recheck, sendToFrame, settle, timers };
}

describe('recheck prompts', () => {
  test('every frame that checked a claim is told once, after a burst of changes settles', async () => {
    const { recheck, sendToFrame, settle, timers } = setup();
    recheck.noteChecked(frame(1));
    recheck.noteChecked(frame(1, 3));
    recheck.noteChecked(frame(2));
    recheck.noteChecked(frame(1)); // again: still one entry
    for (let i = 0; i < 100; i++) recheck.changed();
    expect(timers).toHaveLength(1);
    expect(sendToFrame).not.toHaveBeenCalled();
    await settle();
    expect(sendToFrame.mock.calls.map(([t, f, m]) => [t, f, m])).toEqual([
      [1, 3, RECHECK_MESSAGE],
      [2, 0, RECHECK_MESSAGE],
      [1, 0, RECHECK_MESSAGE],
    ]);
  });

  test('a frame that is gone is forgotten; a sender without a tab is never noted', async () => {
    const { recheck, sendToFrame, settle } = setup((tab) => tab === 2);
    recheck.noteChecked(frame(1));
    recheck.noteChecked(frame(2));
    recheck.noteChecked({ id: 'x' } as Browser.runtime.MessageSender);
    recheck.changed();
    await settle();
    sendToFrame.mockClear();
    recheck.changed();
    await settle();
    expect(sendToFrame.mock.calls.map(([t]) => t)).toEqual([1]);
  });

  test('remembers the 50 frames that checked most lately', async () => {
    const { recheck, sendToFrame, settle } = setup();
    for (let tab = 1; tab <= 60; tab++) recheck.noteChecked(frame(tab));
    recheck.changed();
    await settle();
    const tabs = sendToFrame.mock.calls.map(([t]) => t);
    expect(tabs).toHaveLength(50);
    expect(Math.min(...tabs)).toBe(11);
  });
});
