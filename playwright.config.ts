import { defineConfig, devices } from '@playwright/test';
import { findChromium, launchPath } from './scripts/find-browser';
import { systemLookups } from './scripts/system-lookups';

/**
 * End-to-end tests against the built app (`vite build` + `vite preview`).
 * Browser: the one scripts/find-browser.ts finds ($CHROMIUM_PATH, Debian's /usr/bin/chromium,
 * chromium on PATH, else Playwright's own); `npm run e2e` first runs scripts/ensure-browser.ts,
 * which installs Playwright's Chromium when there is none.
 */
// Its own port, so that a `npm run preview` left running elsewhere is never mistaken for this build.
const PORT = Number(process.env.E2E_PORT ?? 4317);
// Built into its own folder so that a concurrent `npm run build` cannot swap files under the running tests
// (E2E_OUT_DIR: another one, for checkouts that share node_modules and may run end-to-end tests at once).
export const OUT_DIR = process.env.E2E_OUT_DIR ?? 'node_modules/.cache/arc-studio-e2e';
const executablePath = launchPath(findChromium(systemLookups()));

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    // Reusing a server would test whatever build it serves; opt in with E2E_REUSE_SERVER=1 when iterating.
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
