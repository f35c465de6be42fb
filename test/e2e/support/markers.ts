import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { DriverPage, Where } from './driver';

/**
 * Where the tests find the inline UI's markers (DESIGN.md, "Markers tests may click or read"): each
 * finding (`data-finding-rule`, `data-finding-lines`), the fill controls (`data-action="autofill"`,
 * `data-action="undo-fill"`) and the panel, drawn in a shadow root (open in the e2e build) in the portal
 * frame's own document; and what comes from the records (the client picker `data-client`, the client a
 * fill was for `data-filled-for`, the old -> new list `data-conflict`, `data-action="replace-conflicts"`),
 * drawn in the fill frame, an extension-origin iframe in that shadow root (`fillFrame`, `fillFrameWhere`).
 */

/** Playwright: the scope holding the inline UI of the portal page or frame `portal`. */
export function inlineUi(portal: Page | FrameLocator): Page | FrameLocator {
  return portal;
}

/** The driver (both browsers): the frames to go into for the inline UI of a portal page whose form is in `portalFrames`. */
export function inlineUiWhere(portalFrames: string[] = []): Where {
  return { frames: portalFrames };
}

export const FILL = '[data-action="autofill"]';

/** The fill frame (an extension page in our panel): the picker and the fill's review are drawn in it. */
export const FILL_FRAME = 'iframe[data-mba-fill-frame]';

/** The driver (both browsers): the frames to go into for the fill frame of a portal page whose form is in `portalFrames`. */
export function fillFrameWhere(portalFrames: string[] = []): Where {
  return { frames: [...(inlineUiWhere(portalFrames).frames ?? []), FILL_FRAME] };
}

/** The client the fill frame says a fill was for. */
export const FILLED_FOR = '[data-filled-for]';

/** Playwright: the fill frame of the inline UI on the portal page or frame `portal`. */
export function fillFrame(portal: Page | FrameLocator): FrameLocator {
  return inlineUi(portal).frameLocator(FILL_FRAME);
}

/**
 * How long a person looks at a fill control before clicking it. The fill controls refuse a click on a
 * control that appeared or moved less than 500 ms before (components/inline/intent-gate.ts), so the
 * tests point at it, wait as a person would, and click.
 */
export const SETTLE_MS = 700;

/** Playwright: a person's click on a fill control (pointer onto it, a look, the click). */
export async function pressLikeAPerson(control: Locator): Promise<void> {
  await control.hover();
  await control.page().waitForTimeout(SETTLE_MS);
  await control.click();
}
export const UNDO_FILL = '[data-action="undo-fill"]';
/** The panel's status line (what the fill did). */
export const PANEL_STATUS = '[data-mba-panel] [role="status"].note';
export const finding = (rule: string) => `[data-finding-rule="${rule}"]`;

/** The findings shown, as "rule [rows]" strings, sorted (Playwright). */
export async function shownFindings(portal: Page | FrameLocator): Promise<string[]> {
  const items = await inlineUi(portal)
    .locator('[data-finding-rule]')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-finding-rule')} [${e.getAttribute('data-finding-lines')}]`),
    );
  return items.sort();
}

/** The findings shown, as "rule [rows]" strings, sorted (the driver, both browsers). */
export async function findingsShown(page: DriverPage, portalFrames: string[] = []): Promise<string[]> {
  const items = await page.evaluate(
    () => {
      const out: string[] = [];
      const visit = (root: ParentNode) => {
        for (const el of root.querySelectorAll('[data-finding-rule]'))
          out.push(`${el.getAttribute('data-finding-rule')} [${el.getAttribute('data-finding-lines')}]`);
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
      };
      visit(document);
      return out;
    },
    undefined,
    inlineUiWhere(portalFrames),
  );
  return items.sort();
}
