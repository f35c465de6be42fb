/**
 * What a browser test needs from a browser with the e2e build installed, written once for Chromium
 * (playwright-core, chromium-driver.ts) and Firefox (puppeteer-core over WebDriver BiDi,
 * firefox-driver.ts). The flows in test/e2e/flows/ are written against this and run in both.
 *
 * Elements are named the way a person finds them: a CSS selector (open shadow roots are looked into,
 * as Playwright does), a form control by its label, a control by its role and accessible name, a test
 * id, or visible text. Names and labels match case-insensitively as substrings unless `exact`, the way
 * Playwright's getByLabel and getByRole do; an action on a name that matches more than one element
 * fails (Playwright's strict mode) unless `nth` picks one.
 */
export type Role = 'button' | 'tab' | 'link' | 'checkbox' | 'textbox' | 'alert' | 'alertdialog';

export type Target =
  | string
  | { label: string; exact?: boolean }
  | { role: Role; name?: string | RegExp; exact?: boolean }
  | { testId: string }
  | { text: string; exact?: boolean };

export type Where = {
  /** CSS selectors of the iframes to go into, outermost first (e.g. `['#Iframe9']`). */
  frames?: string[];
  /** Look only inside the (single) element this names. */
  within?: Target;
  /** Pick this match (0-based) when several match. */
  nth?: number;
};

export interface DriverPage {
  goto(url: string): Promise<void>;
  /** Navigates this extension page to another of the extension's pages (`superbill.html?...`). */
  gotoExtensionPage(pathAndQuery: string): Promise<void>;
  click(target: Target, where?: Where): Promise<void>;
  /**
   * A person's click on one of our fill controls: brought into view, looked at for SETTLE_MS (the fill
   * controls refuse a click on a control that appeared or moved less than 500 ms before), then clicked.
   */
  press(target: Target, where?: Where): Promise<void>;
  /** Replaces the control's value (Playwright's fill; Firefox: select all, then type). */
  fill(target: Target, value: string, where?: Where): Promise<void>;
  /** As a person types into a box: click it, select all, delete, type key by key, then Tab out. */
  typeInto(target: Target, text: string, where?: Where): Promise<void>;
  check(target: Target, where?: Where): Promise<void>;
  value(target: Target, where?: Where): Promise<string>;
  checked(target: Target, where?: Where): Promise<boolean>;
  attr(target: Target, name: string, where?: Where): Promise<string | null>;
  /** The element's textContent. */
  text(target: Target, where?: Where): Promise<string>;
  /** The element's innerText (what a person reads, hidden parts left out). */
  innerText(target: Target, where?: Where): Promise<string>;
  count(target: Target, where?: Where): Promise<number>;
  /** Waits until the element is there (15 s). */
  waitFor(target: Target, where?: Where): Promise<void>;
  /** Runs a self-contained function in the page (or frame); its argument and result are plain data. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, where?: Where): Promise<R>;
  setViewport(width: number, height: number): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Prints the page to PDF on US Letter with backgrounds, as the browser's print does. */
  pdf(path: string): Promise<Buffer>;
  close(): Promise<void>;
}

export type BrowserName = 'chromium' | 'firefox';

export interface ExtensionDriver {
  readonly browserName: BrowserName;
  /** The browser's own version string, for the report. */
  readonly version: string;
  newPage(): Promise<DriverPage>;
  /** Opens one of the extension's pages (`popup.html`, `superbill.html?client=...`) in a new tab. */
  openExtensionPage(pathAndQuery: string): Promise<DriverPage>;
  /** The e2e background's hooks (DESIGN.md, "Backups, and seeding the e2e build"). */
  importBackup(doc: unknown): Promise<void>;
  /** importBackup that resolves with the refusal's message (null when the backup was taken). */
  importBackupError(doc: unknown): Promise<string | null>;
  exportBackup(): Promise<unknown>;
  /** What the keyboard command and the context menu do, on the active tab. */
  triggerFill(): Promise<void>;
  /** Runs a self-contained function where the extension's APIs are (`globalThis.browser`); plain data out. */
  inExtension<R>(fn: () => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

/** The default wait for an element, a navigation or a background hook on a loaded 2-core machine. */
export const WAIT_MS = 15_000;
