/**
 * What the cross-engine flows need from a browser, and no more, so that one flow runs on Chromium
 * (Playwright) and on Firefox (Puppeteer over WebDriver BiDi) alike. Flows find things as a reader
 * does: by role and exact accessible name, by exact label or by text; CSS only for structure
 * (nesting, ids).
 */

/** The roles the flows look for; each is also one of Playwright's role names. */
export type Role = 'button' | 'form' | 'heading' | 'link' | 'status' | 'textbox';

export type Target = (
  | { role: Role; name: string }
  | { label: string }
  /** The smallest element whose text contains this, case-sensitively. */
  | { text: string }
  | { css: string }
) & {
  /** Look only inside the first element that this target finds (a form by its name, say). */
  within?: Target;
  /** The nth match, from 0, where several match; the first otherwise. */
  nth?: number;
};

/** A page or a frame: what can be found, used and evaluated in one document. */
export interface DriverScope {
  /** Waits until the target is in the document and visible. */
  waitFor(target: Target): Promise<void>;
  /** How many elements match now (ignoring `nth`), without waiting. */
  count(target: Target): Promise<number>;
  click(target: Target): Promise<void>;
  /** Types into a text field, replacing what it held, as key presses where the engine can. */
  fill(target: Target, text: string): Promise<void>;
  /** Focuses a text field, its caret where it was, and types there key by key. */
  type(target: Target, text: string): Promise<void>;
  inputValue(target: Target): Promise<string>;
  attribute(target: Target, name: string): Promise<string | null>;
  /** Runs in the document; `fn` must stand alone, as it is sent to the browser as source. */
  evaluate<R>(fn: () => R): Promise<R>;
  /** Waits until `fn`, run in the document, returns true. */
  waitForFunction(fn: () => boolean): Promise<void>;
}

export interface DriverPage extends DriverScope {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The document of the page's nth iframe, whatever its origin. */
  frame(index: number): Promise<DriverScope>;
  /** Uncaught errors the page has thrown so far. */
  readonly errors: readonly Error[];
  /** Closes the page and the browser context it had to itself. */
  close(): Promise<void>;
}

export interface PageOptions {
  width: number;
  height: number;
  /** A phone: a device pixel ratio of 2 and touch, where the engine can emulate them. */
  phone?: boolean;
}

export interface Engine {
  readonly name: string;
  /** A page in a fresh browser context: no storage shared with any other page. */
  newPage(options: PageOptions): Promise<DriverPage>;
  close(): Promise<void>;
}

/** How long a wait may take before the flow fails (under the e2e test timeout of 30 s). */
export const waitTimeout = 15_000;
