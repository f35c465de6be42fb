/**
 * What a hostile portal page does before our scripts load, as a Playwright init script: it defines our
 * inline UI's former custom element names itself, keeping `attachInternals()` of every element it
 * constructs in `window.__stolen` (with a custom element of ours, `internals.shadowRoot` returned even a
 * closed root). Self-contained: it runs in the page.
 */
export function defineOurElementNamesFirst(): void {
  const w = window as unknown as { __stolen: ElementInternals[] };
  w.__stolen = [];
  for (const name of ['mba-claim-check', 'mba-remittance'])
    customElements.define(
      name,
      class extends HTMLElement {
        constructor() {
          super();
          w.__stolen.push(this.attachInternals());
        }
      },
    );
}
