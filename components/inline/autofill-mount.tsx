import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AutofillControls } from './autofill-controls';
import { createFillFlow, type AutofillView, type FillFlowOptions } from './autofill-flow';
import type { IntentGate, PageScanner } from './intent-gate';
import { pageScanner } from './page-scan';
import { fitFrameHeight, framePress, shownFrame, type FrameOpener } from './fill-frame-slot';
import type { BackgroundToContent, FillFrameAct } from '../../lib/messages/protocol';
import { FILL_FRAME_FILE } from '../../lib/manifest';
import controlsCss from './autofill-controls.css?inline';

/**
 * The autofill, as the on-demand script (entrypoints/autofill.content) hands it to the claim-form
 * script: the fill flow and its controls, rendered into a slot of the findings panel. Loaded only when
 * a person asks for a fill, so the claim-form script every portal page runs stays small.
 */
export type AutofillHost = Omit<FillFlowOptions, 'onView'> & { container: Element; gate: IntentGate };

export type MountedAutofill = { fill(): void; dispose(): void };

export type AutofillModule = { mountAutofill(host: AutofillHost): MountedAutofill; scanner: PageScanner };

/** What the on-demand script hands over. */
export const autofillModule: AutofillModule = { mountAutofill, scanner: pageScanner };

/** Where the on-demand script leaves its module, in the extension's isolated world (never the page's). */
export const AUTOFILL_MODULE = Symbol.for('massage-billing-assistant/autofill');

export function mountAutofill(host: AutofillHost): MountedAutofill {
  // Our shadow root gets the controls' styles once (they travel with this script, not the claim-form one).
  const root = host.container.getRootNode() as ShadowRoot | Document;
  const parent = 'host' in root ? root : host.container;
  if (!parent.querySelector('style[data-mba-autofill]')) {
    const style = host.container.ownerDocument.createElement('style');
    style.setAttribute('data-mba-autofill', '');
    style.textContent = controlsCss;
    parent.append(style);
  }
  const frames = {
    open: ((view) => host.send({ type: 'fill-frame-open', view })) as FrameOpener,
    url: () => browser.runtime.getURL(`/${FILL_FRAME_FILE}`),
  };
  let frameRefusal: { why: string; view: AutofillView } | null = null;
  const paint = () => {
    render(
      <AutofillControls
        view={flow.view}
        flow={flow}
        gate={host.gate}
        frames={frames}
        frameRefusal={frameRefusal}
      />,
      host.container,
    );
    host.gate.resample(); // the controls just changed: whatever moved is not clicked on purpose yet
  };
  const flow = createFillFlow({ ...host, onView: paint });

  const run = (act: FillFrameAct) => {
    if (act.kind === 'pick') return flow.pick(act.clientId);
    if (act.kind === 'session') return flow.chooseSession(act.sessionId);
    return flow.replace(act.fields);
  };
  // A person's press in the fill frame, passed on by the background (only the background may send it).
  const onMessage = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    const m = message as BackgroundToContent | undefined;
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const frame = shownFrame();
    if (!frame) return;
    if (m?.type === 'fill-frame-size') {
      frame.style.height = `${fitFrameHeight(m.height)}px`;
      host.gate.resample(); // what is below the frame moved
      return;
    }
    if (m?.type !== 'fill-frame-act') return;
    const view = flow.view;
    void Promise.resolve(framePress(host.gate, frame, m.point)).then((verdict) => {
      if (flow.view !== view) return; // the view changed meanwhile: the press was for what is gone
      frameRefusal = verdict.ok ? null : { why: verdict.why, view };
      if (verdict.ok) void run(m.act);
      else paint();
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  paint();
  return {
    fill: () => void flow.fill(),
    dispose: () => {
      browser.runtime.onMessage.removeListener(onMessage);
      render(null, host.container);
    },
  };
}
