import { describe, expect, test, vi } from 'vitest';
import { createFillFrames } from './fill-frames';

// The fill frame draws what comes from the records; the background answers it only for the tab whose
// content script opened it, and a pick goes back to that content script alone.
const opener = {
  frameId: 3,
  url: 'https://www.officeally.com/oa/x.aspx',
  tab: { id: 7, url: 'https://www.officeally.com/' },
};
const frameIn = (tab: number, frameId = 9) => ({
  frameId,
  url: 'chrome-extension://dyn/fill-frame.html',
  tab: { id: tab },
});

function setup() {
  let n = 0;
  const deps = {
    clients: vi.fn(async () => ({ clients: [{ id: 'demo-marcus', label: 'Lee, Marcus' }] })),
    choose: vi.fn((): string | undefined => undefined),
    sendToFrame: vi.fn(async () => undefined),
    token: () => String(++n).padStart(32, '0'),
  };
  return { frames: createFillFrames(deps), deps };
}

describe('fill frames', () => {
  test('the frame gets the view its opener set; a frame in another tab gets nothing', () => {
    const { frames } = setup();
    const { token } = frames.open({ step: 'pick' }, opener) as { token: string };
    expect(frames.view(token, frameIn(7))).toEqual({ view: { step: 'pick' } });
    expect(frames.view(token, frameIn(8))).toHaveProperty('gone');
    expect(frames.view('f'.repeat(32), frameIn(7))).toHaveProperty('gone');
    // The opener's own frame is not its fill frame (a content script naming the token it was given).
    expect(frames.view(token, { ...frameIn(7), frameId: 3 })).toHaveProperty('gone');
  });

  test('a new frame from the same opener closes the old one', () => {
    const { frames } = setup();
    const first = frames.open({ step: 'pick' }, opener) as { token: string };
    const second = frames.open({ step: 'pick' }, opener) as { token: string };
    expect(frames.view(first.token, frameIn(7))).toHaveProperty('gone');
    expect(frames.view(second.token, frameIn(7))).toHaveProperty('view');
  });

  test('searches run as the opener frame (its origin and budget), and only for a picker', async () => {
    const { frames, deps } = setup();
    const pick = frames.open({ step: 'pick' }, opener) as { token: string };
    expect(await frames.clients(pick.token, 'lee', frameIn(7))).toEqual({
      clients: [{ id: 'demo-marcus', label: 'Lee, Marcus' }],
    });
    expect(deps.clients).toHaveBeenCalledWith('lee', opener);
    expect(await frames.clients(pick.token, 'lee', frameIn(8))).toEqual({ clients: [] });
    const review = frames.open(
      { step: 'done', client: 'Lee, Marcus', sessions: [], conflicts: [] },
      opener,
    ) as { token: string };
    expect(await frames.clients(review.token, 'riv', frameIn(7))).toEqual({ clients: [] });
  });

  test('a pick is recorded for the opener and sent to its frame only, with where the press was', async () => {
    const { frames, deps } = setup();
    const { token } = frames.open({ step: 'pick' }, opener) as { token: string };
    const point = { x: 20, y: 40 };
    expect(await frames.act(token, { kind: 'pick', clientId: 'demo-marcus' }, point, frameIn(7))).toEqual({
      sent: true,
    });
    expect(deps.choose).toHaveBeenCalledWith(opener, 'demo-marcus');
    expect(deps.sendToFrame).toHaveBeenCalledWith(7, 3, {
      type: 'fill-frame-act',
      act: { kind: 'pick', clientId: 'demo-marcus' },
      point,
    });
  });

  test('refused: a pick the background does not allow, a review act on a picker, another tab', async () => {
    const { frames, deps } = setup();
    const { token } = frames.open({ step: 'pick' }, opener) as { token: string };
    deps.choose.mockReturnValueOnce('Pick a client from the list shown.');
    expect(await frames.act(token, { kind: 'pick', clientId: 'x' }, undefined, frameIn(7))).toEqual({
      refused: 'Pick a client from the list shown.',
    });
    expect(await frames.act(token, { kind: 'replace', fields: [1] }, undefined, frameIn(7))).toHaveProperty(
      'refused',
    );
    expect(
      await frames.act(token, { kind: 'pick', clientId: 'demo-marcus' }, undefined, frameIn(8)),
    ).toHaveProperty('refused');
    expect(deps.sendToFrame).not.toHaveBeenCalled();
  });

  test('an opener outside a tab gets no frame', () => {
    const { frames } = setup();
    expect(frames.open({ step: 'pick' }, { frameId: 0 })).toHaveProperty('refused');
  });
});
