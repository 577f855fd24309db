/**
 * Which Chromium the end-to-end tests drive. Shared by playwright.config.ts (to launch it) and
 * scripts/ensure-browser.ts (to install one first when there is none), so that both always agree.
 * Pure: every look at the machine goes through `BrowserLookups`, so the decision is testable.
 */

/** What the finder may ask of the machine. */
export interface BrowserLookups {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when an executable file is at this path. */
  readonly isExecutable: (path: string) => boolean;
  /** The full path of a program found on $PATH, or undefined. */
  readonly onPath: (name: string) => string | undefined;
  /** Where Playwright's own Chromium is (installed or not); undefined when Playwright cannot say. */
  readonly playwrightChromium: () => string | undefined;
}

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'PATH' | 'playwright';

export type BrowserChoice =
  | { readonly found: true; readonly path: string; readonly source: BrowserSource }
  | { readonly found: false; readonly problem: string };

/** Debian's package (`apt-get install chromium`), which .ci/run installs. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const PATH_NAMES = ['chromium', 'chromium-browser'];

/** The one line to show when no browser can be had. */
export const INSTALL_HINT =
  'no Chromium for the end-to-end tests: install one (Debian: apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to its executable';

/**
 * Finds a Chromium, in this order: $CHROMIUM_PATH (which must then exist: a typo should not
 * silently test another browser), Debian's /usr/bin/chromium, chromium on $PATH, Playwright's own.
 */
export function findChromium(lookups: BrowserLookups): BrowserChoice {
  const configured = lookups.env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') {
    return lookups.isExecutable(configured)
      ? { found: true, path: configured, source: 'CHROMIUM_PATH' }
      : { found: false, problem: `CHROMIUM_PATH is set to "${configured}", which is not an executable file` };
  }
  if (lookups.isExecutable(SYSTEM_CHROMIUM)) return { found: true, path: SYSTEM_CHROMIUM, source: 'system' };
  for (const name of PATH_NAMES) {
    const path = lookups.onPath(name);
    if (path !== undefined) return { found: true, path, source: 'PATH' };
  }
  const own = lookups.playwrightChromium();
  if (own !== undefined && lookups.isExecutable(own)) return { found: true, path: own, source: 'playwright' };
  return { found: false, problem: INSTALL_HINT };
}

/**
 * The executablePath for Playwright's launch options: a browser of our choosing, or undefined
 * to let Playwright use its own (also when none is found: Playwright then says what is missing).
 */
export function launchPath(choice: BrowserChoice): string | undefined {
  return choice.found && choice.source !== 'playwright' ? choice.path : undefined;
}
