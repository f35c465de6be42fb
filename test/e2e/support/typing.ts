import type { FrameLocator, Page } from 'playwright-core';

/** Types into a field the way a person does: click it, clear it, type the keys one by one, leave it. */
export async function typeInto(page: Page, scope: Page | FrameLocator, selector: string, text: string) {
  const field = scope.locator(selector).first();
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text, { delay: 5 });
  await page.keyboard.press('Tab');
}
