import { render } from 'preact';
import { AutofillControls } from './autofill-controls';
import { createFillFlow, type FillFlowOptions } from './autofill-flow';
import type { IntentGate, PageScanner } from './intent-gate';
import { pageScanner } from './page-scan';
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
  const paint = () => {
    render(<AutofillControls view={flow.view} flow={flow} gate={host.gate} />, host.container);
    host.gate.resample(); // the controls just changed: whatever moved is not clicked on purpose yet
  };
  const flow = createFillFlow({ ...host, onView: paint });
  paint();
  return {
    fill: () => void flow.fill(),
    dispose: () => render(null, host.container),
  };
}
