import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { findChromium, type BrowserChoice, type BrowserLookups } from './find-browser';

/**
 * Makes sure the end-to-end tests have a Chromium: finds one (see find-browser.ts), otherwise
 * installs Playwright's own with `npx playwright install chromium`, otherwise says in one line
 * what to do. Returns the exit status.
 */
export function ensureBrowser(lookups: BrowserLookups, install: () => boolean, log: (line: string) => void): number {
  const first = findChromium(lookups);
  if (first.found) {
    log(`e2e browser: ${first.path} (${first.source})`);
    return 0;
  }
  // A wrong CHROMIUM_PATH is a mistake to fix, not a reason to download another browser.
  if (lookups.env['CHROMIUM_PATH']) return fail(first, log);
  log('e2e browser: none found; running npx playwright install chromium');
  if (!install()) return fail(first, log);
  const second = findChromium(lookups);
  if (!second.found) return fail(second, log);
  log(`e2e browser: ${second.path} (${second.source})`);
  return 0;
}

function fail(choice: BrowserChoice, log: (line: string) => void): number {
  log(`error: ${choice.found ? 'unreachable' : choice.problem}`);
  return 1;
}

/** Playwright's installer, its output shown; false when it fails (offline, unsupported system). */
function playwrightInstall(): boolean {
  const child = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  return child.status === 0;
}

// Run as a script (`tsx scripts/ensure-browser.ts`), not when a test imports it.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { systemLookups } = await import('./system-lookups');
  process.exitCode = ensureBrowser(systemLookups(), playwrightInstall, (line) => console.log(line));
}
