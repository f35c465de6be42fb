import { render } from 'preact';
import { AutofillControls } from './autofill-controls';
import { createFillFlow, type FillFlowOptions } from './autofill-flow';

/**
 * The autofill, as the on-demand script (entrypoints/autofill.content) hands it to the claim-form
 * script: the fill flow and its controls, rendered into a slot of the findings panel. Loaded only when
 * a person asks for a fill, so the claim-form script every portal page runs stays small.
 */
export type AutofillHost = Omit<FillFlowOptions, 'onView'> & { container: Element };

export type MountedAutofill = { fill(): void; dispose(): void };

export type AutofillModule = { mountAutofill(host: AutofillHost): MountedAutofill };

/** Where the on-demand script leaves its module, in the extension's isolated world (never the page's). */
export const AUTOFILL_MODULE = Symbol.for('massage-billing-assistant/autofill');

export function mountAutofill(host: AutofillHost): MountedAutofill {
  const paint = () => render(<AutofillControls view={flow.view} flow={flow} />, host.container);
  const flow = createFillFlow({ ...host, onView: paint });
  paint();
  return {
    fill: () => void flow.fill(),
    dispose: () => render(null, host.container),
  };
}
