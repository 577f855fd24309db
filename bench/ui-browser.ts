/** The browser and server the UI benchmarks drive: the app built into its own folder, served by `vite preview`, Chromium launched by Playwright. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';

/** Browser: $CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own. */
export function browserPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Builds the app into `outDir` (unminified when asked: readable profiles), serves it on `port` and launches Chromium (BENCH_CHROMIUM_ARGS: more command-line switches, space-separated). */
export async function startBench(outDir: string, port: number, options: { readonly minify?: boolean } = {}): Promise<{ server: PreviewServer; browser: Browser }> {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, ...(options.minify === false ? { minify: false } : {}) } });
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port, strictPort: true } });
  const executablePath = browserPath();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...(process.env.BENCH_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean)],
  });
  return { server, browser };
}
