import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';
import type { BrowserLookups } from './find-browser';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The real machine: environment, file system, $PATH and Playwright's browser registry. */
export function systemLookups(env: Readonly<Record<string, string | undefined>> = process.env): BrowserLookups {
  return {
    env,
    isExecutable,
    onPath: (name) =>
      (env['PATH'] ?? '')
        .split(delimiter)
        .filter((dir) => dir !== '')
        .map((dir) => join(dir, name))
        .find(isExecutable),
    playwrightChromium: () => {
      try {
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    },
  };
}
