import { describe, expect, it } from 'vitest';
import { ensureBrowser } from './ensure-browser';
import { findChromium, INSTALL_HINT, launchPath, SYSTEM_CHROMIUM, type BrowserLookups } from './find-browser';

const PW = '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome';

/** A pretend machine: the executables present, the programs on $PATH, the environment. */
function machine(files: string[], options: { env?: Record<string, string>; path?: Record<string, string> } = {}): BrowserLookups & { files: string[] } {
  const state = { files: [...files] };
  return {
    files: state.files,
    env: options.env ?? {},
    isExecutable: (p) => state.files.includes(p),
    onPath: (name) => options.path?.[name],
    playwrightChromium: () => PW,
  };
}

describe('finding a Chromium for the e2e tests', () => {
  it('takes CHROMIUM_PATH first, even when Debian has one', () => {
    const choice = findChromium(machine(['/opt/c/chrome', SYSTEM_CHROMIUM], { env: { CHROMIUM_PATH: '/opt/c/chrome' } }));
    expect(choice).toEqual({ found: true, path: '/opt/c/chrome', source: 'CHROMIUM_PATH' });
  });

  it('refuses a CHROMIUM_PATH that points nowhere instead of testing another browser', () => {
    const choice = findChromium(machine([SYSTEM_CHROMIUM], { env: { CHROMIUM_PATH: '/opt/typo' } }));
    expect(choice).toEqual({ found: false, problem: 'CHROMIUM_PATH is set to "/opt/typo", which is not an executable file' });
  });

  it("prefers Debian's /usr/bin/chromium, then chromium on PATH, then Playwright's own", () => {
    expect(findChromium(machine([SYSTEM_CHROMIUM, PW], { path: { chromium: '/snap/bin/chromium' } }))).toMatchObject({ source: 'system' });
    expect(findChromium(machine([PW], { path: { chromium: '/snap/bin/chromium' } }))).toEqual({ found: true, path: '/snap/bin/chromium', source: 'PATH' });
    expect(findChromium(machine([PW]))).toEqual({ found: true, path: PW, source: 'playwright' });
    expect(findChromium(machine([]))).toEqual({ found: false, problem: INSTALL_HINT });
  });

  it("gives Playwright an executablePath only for a browser that is not its own", () => {
    expect(launchPath(findChromium(machine([SYSTEM_CHROMIUM])))).toBe(SYSTEM_CHROMIUM);
    expect(launchPath(findChromium(machine([PW])))).toBeUndefined();
    expect(launchPath(findChromium(machine([])))).toBeUndefined();
  });
});

describe('ensure-browser', () => {
  it('installs nothing when a browser is there', () => {
    const log: string[] = [];
    let installs = 0;
    expect(ensureBrowser(machine([SYSTEM_CHROMIUM]), () => ++installs > 0, (l) => log.push(l))).toBe(0);
    expect(installs).toBe(0);
    expect(log).toEqual([`e2e browser: ${SYSTEM_CHROMIUM} (system)`]);
  });

  it("installs Playwright's Chromium when none is found, then uses it", () => {
    const m = machine([]);
    const log: string[] = [];
    const install = (): boolean => (m.files.push(PW), true);
    expect(ensureBrowser(m, install, (l) => log.push(l))).toBe(0);
    expect(log).toEqual(['e2e browser: none found; running npx playwright install chromium', `e2e browser: ${PW} (playwright)`]);
  });

  it('fails with the one-line instruction when the install fails (offline)', () => {
    const log: string[] = [];
    expect(ensureBrowser(machine([]), () => false, (l) => log.push(l))).toBe(1);
    expect(log.at(-1)).toBe(`error: ${INSTALL_HINT}`);
  });

  it('does not download a browser to make up for a wrong CHROMIUM_PATH', () => {
    const log: string[] = [];
    let installs = 0;
    expect(ensureBrowser(machine([], { env: { CHROMIUM_PATH: '/opt/typo' } }), () => ++installs > 0, (l) => log.push(l))).toBe(1);
    expect(installs).toBe(0);
    expect(log).toEqual(['error: CHROMIUM_PATH is set to "/opt/typo", which is not an executable file']);
  });
});
